package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Parameters that are not valid percent-encoded UTF-8 are a 400 (issue 7, defect 4), and so is an
 * unreadable Accept header: a problem detail from the API and the Atom outputs, the error page from
 * the pages; no stack trace in the answer or the log. Sent over a raw socket so the bad bytes reach
 * Tomcat undecoded.
 */
@ExtendWith(OutputCaptureExtension.class)
class UnreadableRequestsTests extends EmptySiteTest {

  static final String[] MALFORMED = {
    "q=%zz", "q=%", "q=%ff", "q=%C3%28", "q=%ED%A0%80", "sort=%FF", "q=a&%zz=x", "q=%2", "%=x"
  };

  RawHttp raw;

  @BeforeEach
  void rawClient() {
    raw = new RawHttp(port);
  }

  static Stream<Arguments> malformed(String... paths) {
    return Stream.of(paths).flatMap(p -> Stream.of(MALFORMED).map(q -> Arguments.of(p, q)));
  }

  static Stream<Arguments> machinePaths() {
    return malformed("/api/search", "/search.atom", "/feed.atom", "/api/feeds", "/opml.xml");
  }

  static Stream<Arguments> pages() {
    return malformed("/search", "/", "/feeds");
  }

  @ParameterizedTest(name = "{0}?{1}")
  @MethodSource("machinePaths")
  void apiAndOutputsAnswerBadRequestProblem(String path, String query, CapturedOutput log) {
    RawHttp.Response response = raw.get(path + "?" + query);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = SiteClient.parse(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("title").asString()).isEqualTo("Invalid parameter");
    assertThat(problem.get("detail").asString()).contains("percent-encoded UTF-8");
    assertThat(problem.get("instance").asString()).isEqualTo(path);
    assertThat(log.getAll()).doesNotContain("Exception", "\tat ");
  }

  @ParameterizedTest(name = "{0}?{1}")
  @MethodSource("pages")
  void pagesAnswerTheErrorPageWithStatus400(String path, String query, CapturedOutput log) {
    RawHttp.Response response = raw.send("GET", path + "?" + query, Map.of("Accept", "text/html"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.header("Content-Type")).startsWith("text/html");
    assertThat(response.body())
        .contains("That request did not work", "percent-encoded UTF-8")
        .doesNotContain("Whitelabel", "Exception");
    assertThat(log.getAll()).doesNotContain("Exception", "\tat ");
  }

  @Nested
  class UnreadableAcceptHeader {

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "*/*;q=abc", "application/"})
    void isBadRequestProblem(String accept) {
      for (String path : new String[] {"/api/search?q=x", "/api/entries/none", "/feed.atom"}) {
        RawHttp.Response response = raw.send("GET", path, Map.of("Accept", accept));

        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = SiteClient.parse(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Invalid header");
        assertThat(problem.get("detail").asString()).startsWith("The Accept header cannot be read");
      }
    }
  }

  @Nested
  class TheErrorPath {

    @Test
    void rawErrorRequestIsNotFoundProblemNot500() {
      RawHttp.Response response = raw.send("GET", "/error", Map.of("Accept", "application/json"));

      assertThat(response.status()).isEqualTo(404);
      JsonNode problem = SiteClient.parse(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(404);
      assertThat(response.body()).doesNotContain("999");
    }

    @Test
    void rawErrorRequestFromABrowserIsTheNotFoundPage() {
      RawHttp.Response response = raw.send("GET", "/error", Map.of("Accept", "text/html"));

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.body()).contains("We could not find that page");
    }

    @Test
    void unknownPublicApiPathIsNotFoundProblem() {
      // beyond the public API paths, /api/** needs an editor (a 401 problem) before any 404
      RawHttp.Response response = raw.get("/api/entries/a/no-such-thing");

      assertThat(response.status()).isEqualTo(404);
      assertThat(response.header("Content-Type")).startsWith("application/problem+json");
      assertThat(SiteClient.parse(response.body()).get("instance").asString())
          .isEqualTo("/api/entries/a/no-such-thing");
    }
  }
}
