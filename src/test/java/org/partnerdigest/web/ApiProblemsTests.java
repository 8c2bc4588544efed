package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Bad input to the API and pages is answered with a precise 4xx (problem details for the API, the
 * friendly page for HTML), never a stack trace or a 500.
 */
class ApiProblemsTests extends EmptySiteTest {

  @Nested
  class BadSearchParameters {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "from=2026-13-01 | from must be a date written as YYYY-MM-DD (e.g. 2026-01-31), was '2026-13-01'",
          "to=yesterday | to must be a date written as YYYY-MM-DD (e.g. 2026-01-31), was 'yesterday'",
          "from=2026-02-01&to=2026-01-01 | from (2026-02-01) must not be after to (2026-01-01)",
          "sort=popular | sort must be 'relevance' or 'date', was 'popular'",
          "page=-1 | page must not be negative (the first page is 1), was -1",
          "page=two | page must be a whole number, was 'two'",
        })
    void answersBadRequestProblemNamingTheParameter(String query, String detail) {
      HttpResponse<String> response = site.get("/api/search?q=partner&" + query);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      JsonNode problem = SiteClient.parse(response.body());
      assertThat(problem.get("status").asInt()).isEqualTo(400);
      assertThat(problem.get("title").asString()).isEqualTo("Invalid parameter");
      assertThat(problem.get("detail").asString()).isEqualTo(detail);
      assertThat(problem.get("instance").asString()).isEqualTo("/api/search");
      assertThat(response.body()).doesNotContain("Exception", "at org.");
    }

    @ParameterizedTest(name = "size={0}")
    @ValueSource(ints = {0, 500})
    void answersBadRequestWhenTheSizeIsOutOfRange(int size) {
      HttpResponse<String> response = site.get("/api/search?q=partner&size=" + size);

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(SiteClient.parse(response.body()).get("detail").asString())
          .isEqualTo("size must be between 1 and 100, was " + size);
    }

    @Test
    void answersBadRequestWhenThePageIsTooDeep() {
      HttpResponse<String> response = site.get("/api/search?q=partner&page=200&size=100");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(SiteClient.parse(response.body()).get("detail").asString()).contains("page depth");
    }

    @Test
    void answersBadRequestWhenTheQueryIsTooLong() {
      HttpResponse<String> response = site.get("/api/search?q=" + "a".repeat(4001));

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(SiteClient.parse(response.body()).get("detail").asString())
          .contains("4000", "characters");
    }

    @Test
    void answersBadRequestProblemForTenThousandNestedParentheses() {
      // Percent-encoded, this URL is about 30 KB: it must reach our limits, not Tomcat's.
      String q = "(".repeat(5000) + "renewal" + ")".repeat(5000);
      HttpResponse<String> response =
          site.get("/api/search?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8));
      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/problem+json");
      assertThat(SiteClient.parse(response.body()).get("detail").asString()).contains("4000");
    }

    @Test
    void savedSearchFeedAnswersTheSameProblem() {
      HttpResponse<String> response = site.get("/search.atom?q=partner&size=500");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(SiteClient.parse(response.body()).get("detail").asString())
          .isEqualTo("size must be between 1 and 100, was 500");
    }

    @Test
    void searchPageShowsTheProblemWithStatus400() {
      HttpResponse<String> response = site.get("/search?q=partner&from=2026-13-01", "text/html");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(response.body())
          .contains("This search cannot run")
          .contains("from must be a date written as YYYY-MM-DD")
          .doesNotContain("Whitelabel", "Exception");
    }
  }

  @Nested
  class UnknownThings {

    @Test
    void unknownEntryIsNotFoundProblem() {
      HttpResponse<String> response = site.get("/api/entries/no-such-entry");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(SiteClient.parse(response.body()).get("detail").asString())
          .isEqualTo("There is no entry with id 'no-such-entry'.");
    }

    @Test
    void unknownTopicFeedIsNotFoundProblem() {
      HttpResponse<String> response = site.get("/topics/no-such-topic/feed.atom");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(SiteClient.parse(response.body()).get("detail").asString())
          .isEqualTo("There is no topic 'no-such-topic'.");
    }

    @Test
    void unknownTopicPageIsTheFriendlyNotFoundPage() {
      HttpResponse<String> response = site.get("/topics/no-such-topic", "text/html");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body())
          .contains("We could not find that page", "There is no topic &#39;no-such-topic&#39;.")
          .doesNotContain("Whitelabel");
    }

    @Test
    void unknownPathIsTheFriendlyNotFoundPage() {
      HttpResponse<String> response = site.get("/no/such/page", "text/html");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body())
          .contains("We could not find that page")
          .doesNotContain("Whitelabel");
    }
  }
}
