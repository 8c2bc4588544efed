package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerdigest.archive.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Who may reach what (issue 10, section 1): the public site stays open, editor pages and APIs need
 * a signed-in editor, state changes need a CSRF token, Prometheus takes the scrape token.
 */
class AccessControlTests extends EmptySiteTest {

  @Autowired AuditLog audit;

  @Nested
  class Anonymous {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/admin",
          "/admin/entries",
          "/admin/audit",
          "/admin/insights",
          "/admin/feeds",
          "/admin/catalog/synonyms/new?terms=x"
        })
    void isSentToTheSignInPageFromEditorPages(String page) {
      HttpResponse<String> response = new EditorSession(port).get(page);

      assertThat(response.statusCode()).isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/admin/entries", "/api/anything-new", "/actuator/prometheus"})
    void getsA401ProblemFromEditorApis(String path) {
      HttpResponse<String> response = site.get(path, "application/json");

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      var problem = SiteClient.parse(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(401);
      assertThat(problem.get("detail").asString()).contains("Sign in as an editor");
      assertThat(problem.get("instance").asString()).isEqualTo(path);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/",
          "/search",
          "/search?q=renewal",
          "/feeds",
          "/feed.atom",
          "/search.atom?q=x",
          "/opml.xml",
          "/api/search?q=x",
          "/api/feeds",
          "/api/topics",
          "/actuator/health",
          "/css/site.css",
          "/css/admin.css",
          "/login"
        })
    void readsThePublicSite(String path) {
      assertThat(site.get(path).statusCode()).isEqualTo(200);
    }

    @Test
    void getsTheFriendlyNotFoundPageForAnUnknownPath() {
      HttpResponse<String> response = site.get("/no/such/page", "text/html");

      assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void seesNoEditorControlsOnSearchResults() {
      assertThat(site.get("/search?q=x", "text/html").body())
          .doesNotContain("editor-controls", "/admin/entries/");
    }

    @Test
    void cannotReachActuatorEndpointsThatAreNotExposed() {
      assertThat(site.get("/actuator/env", "application/json").statusCode()).isEqualTo(401);
      assertThat(site.get("/actuator/info", "application/json").statusCode()).isEqualTo(401);
    }
  }

  @Nested
  class SignedIn {

    @ParameterizedTest
    @ValueSource(strings = {"/admin", "/admin/entries", "/admin/audit", "/admin/insights"})
    void editorReachesEditorPages(String page) {
      HttpResponse<String> response = new EditorSession(port).signedIn().get(page);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).contains("Signed in as <strong>ed</strong>", "Sign out");
    }

    @Test
    void signingInChangesTheSessionId() {
      EditorSession session = new EditorSession(port);
      session.get("/login");
      String before = session.sessionId();

      session.signedIn();

      assertThat(before).isNotNull();
      assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
      HttpResponse<String> login = new EditorSession(port).get("/login");

      assertThat(login.headers().allValues("Set-Cookie"))
          .anySatisfy(
              cookie ->
                  assertThat(cookie)
                      .startsWith("JSESSIONID=")
                      .contains("HttpOnly", "SameSite=Lax")
                      .doesNotContain("Secure"));
    }

    @Test
    void editorPagesAreNeverCached() {
      HttpResponse<String> page = new EditorSession(port).signedIn().get("/admin");

      assertThat(page.headers().firstValue("Cache-Control"))
          .hasValue("no-cache, no-store, max-age=0, must-revalidate");
      assertThat(site.get("/search").headers().firstValue("Cache-Control")).isEmpty();
    }

    @Test
    void signingOutEndsTheSession() {
      EditorSession session = new EditorSession(port).signedIn();

      HttpResponse<String> out = session.submit("/logout", Map.of());

      assertThat(out.statusCode()).isEqualTo(302);
      assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
      assertThat(session.get("/admin").statusCode()).isEqualTo(302);
    }

    @Test
    void prometheusIsOpenToAnEditor() {
      HttpResponse<String> metrics =
          new EditorSession(port).signedIn().get("/actuator/prometheus", "text/plain");

      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void reindexWithTheTokenIsAudited() {
      HttpResponse<String> answer =
          new EditorSession(port).signedIn().submit("/admin/reindex", Map.of());

      assertThat(answer.statusCode()).isEqualTo(302);
      assertThat(audit.recent(1, 50).events())
          .anySatisfy(
              e -> {
                assertThat(e.editor()).isEqualTo("ed");
                assertThat(e.action()).isEqualTo("index.reindex");
              });
    }
  }

  @Nested
  class Refuses {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/admin/reindex",
          "/admin/entries/some-id/hide",
          "/admin/entries/x/pin",
          "/logout"
        })
    void aStateChangeWithoutCsrfToken(String path) {
      EditorSession session = new EditorSession(port).signedIn();

      assertThat(session.post(path, Map.of()).statusCode()).isEqualTo(403);
      assertThat(session.post(path, Map.of("_csrf", "forged")).statusCode()).isEqualTo(403);
    }

    @Test
    void aSignInWithoutCsrfToken() {
      HttpResponse<String> answer =
          new EditorSession(port)
              .post("/login", Map.of("username", Editors.ED, "password", Editors.PASSWORD));

      assertThat(answer.statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPassword() {
      HttpResponse<String> answer =
          new EditorSession(port, "198.51.100.201").signIn(Editors.ED, "not the password");

      assertThat(answer.statusCode()).isEqualTo(302);
      assertThat(answer.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
    }

    @Test
    void prometheusWithAWrongScrapeToken() {
      HttpResponse<String> metrics =
          site.get("/actuator/prometheus", "text/plain", "Bearer not-" + Editors.SCRAPE_TOKEN);

      assertThat(metrics.statusCode()).isEqualTo(401);
      assertThat(metrics.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void theScrapeTokenAnywhereButPrometheus() {
      HttpResponse<String> admin =
          site.get("/admin", "text/html", "Bearer " + Editors.SCRAPE_TOKEN);

      assertThat(admin.statusCode()).isEqualTo(302);
    }
  }

  @Nested
  class LeavesCsrfTo {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "/subscribe/confirm",
          "/unsubscribe",
          "/subscribe/preferences",
          "/subscribe/delete",
          "/api/subscribers"
        })
    void theDigestsSignedLinksAndTheSubscriptionApi(String path) {
      int status = new EditorSession(port).post(path, Map.of("token", "t"), "*/*").statusCode();

      // Not refused for a missing token or login; what the digest's handlers answer is theirs.
      assertThat(status).isNotIn(401, 403, 302);
    }
  }
}
