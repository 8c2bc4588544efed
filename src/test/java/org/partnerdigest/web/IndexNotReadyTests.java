package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.search.SearchService;
import org.partnerdigest.search.UnopenedSearch;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * Requests that arrive before the search index has opened (the first moments after start-up) get a
 * 503 with {@code Retry-After}, never a 500 (issue 7, defect 8). The site here searches through a
 * real {@link SearchService} whose index never opens.
 */
@Import(IndexNotReadyTests.NeverOpened.class)
class IndexNotReadyTests extends EmptySiteTest {

  @TempDir static Path indexDir;

  @TestConfiguration(proxyBeanMethods = false)
  static class NeverOpened {

    @Bean
    @Primary
    SearchService unopenedSearch() {
      return UnopenedSearch.service(indexDir);
    }
  }

  @Test
  void apiSearchIsServiceUnavailableProblemWithRetryAfter() {
    RawHttp.Response response = new RawHttp(port).get("/api/search?q=renewal");

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.header("Retry-After")).isEqualTo("2");
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    JsonNode problem = SiteClient.parse(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    assertThat(problem.get("detail").asString()).contains("still opening");
  }

  @Test
  void atomFeedIsServiceUnavailableProblem() {
    RawHttp.Response response = new RawHttp(port).get("/feed.atom");

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.header("Retry-After")).isEqualTo("2");
  }

  @Test
  void searchPageIsServiceUnavailablePageWithRetryAfter() {
    RawHttp.Response response =
        new RawHttp(port).send("GET", "/search?q=renewal", Map.of("Accept", "text/html"));

    assertThat(response.status()).isEqualTo(503);
    assertThat(response.header("Retry-After")).isEqualTo("2");
    assertThat(response.body()).contains("still opening").doesNotContain("Exception");
  }
}
