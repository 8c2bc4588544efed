package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletResponse;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Public rate limits per client address (token buckets, 429 with Retry-After), here with limits so
 * small that no timing matters: 3 searches and 2 subscriptions per hour. Also that Spring Security
 * keeps the headers an earlier filter (in the application: the web module's security headers) put
 * on a response, whatever it answers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RateLimitTests {

  @TempDir static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("partner-digest.data-dir", () -> data.toString());
    registry.add("partner-digest.feeds-file", () -> data.resolve("feeds.yml").toString());
    registry.add("partner-digest.crawl.scheduled", () -> "false");
    Editors.configure(registry);
    registry.add("partner-digest.rate-limits.enabled", () -> "true");
    registry.add("partner-digest.rate-limits.search.rate", () -> "1");
    registry.add("partner-digest.rate-limits.search.period", () -> "1h");
    registry.add("partner-digest.rate-limits.search.burst", () -> "3");
    registry.add("partner-digest.rate-limits.subscribe.rate", () -> "1");
    registry.add("partner-digest.rate-limits.subscribe.period", () -> "1h");
    registry.add("partner-digest.rate-limits.subscribe.burst", () -> "2");
  }

  /** Stands in for the web module's header filter: runs first and marks every response. */
  @TestConfiguration
  static class UpstreamHeaders {
    @Bean
    FilterRegistrationBean<Filter> upstreamHeaderFilter() {
      Filter mark =
          (request, response, chain) -> {
            ((HttpServletResponse) response).setHeader("X-Frame-Options", "DENY");
            ((HttpServletResponse) response).setHeader("X-Upstream", "kept");
            chain.doFilter(request, response);
          };
      var registration = new FilterRegistrationBean<>(mark);
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
      registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
      return registration;
    }
  }

  @LocalServerPort int port;

  @Test
  void refusesTheFourthSearchFromOneAddressWithRetryAfter() {
    EditorSession client = new EditorSession(port, "192.0.2.1");
    for (int i = 1; i <= 3; i++) {
      assertThat(client.get("/api/search?q=renewal", "application/json").statusCode())
          .isEqualTo(200);
    }

    HttpResponse<String> fourth = client.get("/api/search?q=renewal", "application/json");

    assertThat(fourth.statusCode()).isEqualTo(429);
    assertThat(fourth.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 3600L));
    var problem = SiteClient.parse(fourth.body());
    assertThat(problem.get("status").asInt()).isEqualTo(429);
    assertThat(problem.get("detail").asString()).startsWith("Too many requests from your address");
    assertThat(
            new EditorSession(port, "192.0.2.2")
                .get("/api/search", "application/json")
                .statusCode())
        .as("another address is not limited")
        .isEqualTo(200);
  }

  @Test
  void countsTheSearchPageAndSavedSearchFeedsTogether() {
    EditorSession client = new EditorSession(port, "192.0.2.3");
    client.get("/search?q=a");
    client.get("/search.atom?q=a", "*/*");
    client.get("/api/search?q=a", "application/json");

    HttpResponse<String> page = client.get("/search?q=a");

    assertThat(page.statusCode()).isEqualTo(429);
    assertThat(page.headers().firstValue("Retry-After")).isPresent();
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(client.get("/", "text/html").statusCode())
        .as("other pages are not limited")
        .isEqualTo(200);
  }

  @Test
  void refusesTheThirdSubscriptionFromOneAddress() {
    EditorSession client = new EditorSession(port, "192.0.2.4");
    String body = "{\"email\":\"a@example.org\",\"topics\":[]}";
    client.post("/api/subscribers", Map.of("json", body), "application/json");
    client.post("/api/subscribers", Map.of("json", body), "application/json");

    HttpResponse<String> third =
        client.post("/api/subscribers", Map.of("json", body), "application/json");

    assertThat(third.statusCode()).isEqualTo(429);
    assertThat(third.headers().firstValue("Retry-After")).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/login", "/admin", "/api/admin/x", "/actuator/prometheus", "/no/such/page"})
  void springSecurityKeepsHeadersSetBeforeIt(String path) {
    HttpResponse<String> response = new EditorSession(port, "192.0.2.50").get(path);

    assertThat(response.headers().allValues("X-Upstream")).containsExactly("kept");
    assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    // written once, by SecurityHeaders; Spring Security's own writers stay off
    assertThat(response.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
    assertThat(response.headers().map())
        .doesNotContainKeys("x-xss-protection", "strict-transport-security");
  }

  @Test
  void springSecurityKeepsHeadersOnEditorPagesAndRefusals() {
    EditorSession editor = new EditorSession(port, "192.0.2.51").signedIn();

    for (HttpResponse<String> response :
        List.of(
            editor.get("/admin"),
            editor.post("/admin/reindex", Map.of()),
            editor.get("/admin/audit"))) {
      assertThat(response.headers().allValues("X-Upstream")).containsExactly("kept");
      assertThat(response.headers().allValues("X-Frame-Options")).containsExactly("DENY");
    }
  }
}
