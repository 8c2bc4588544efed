package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * A fresh instance with nothing crawled yet: every page renders and says what to expect; health and
 * Prometheus show no filesystem path (issue 7, defect 8).
 */
class EmptySiteTests extends EmptySiteTest {

  @Autowired Environment environment;

  @Test
  void homePageSaysNothingArrivedYet() {
    HttpResponse<String> response = site.get("/", "text/html");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("This week at a glance", "No posts yet")
        .contains("<a class=\"skip-link\" href=\"#main\">")
        .contains("<link rel=\"alternate\" type=\"application/atom+xml\"");
  }

  @Test
  void searchPageWithoutQueryShowsTips() {
    HttpResponse<String> response = site.get("/search", "text/html");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("<label for=\"q\">", "How to search");
  }

  @Test
  void emptySearchShowsTips() {
    HttpResponse<String> response = site.get("/search?q=nothing", "text/html");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("Nothing matched", "Tips");
  }

  @Test
  void apiSearchHasEveryFacetKeyEvenWhenEmpty() {
    var json = site.json("/api/search?q=nothing");

    assertThat(json.get("total").asLong()).isZero();
    assertThat(json.get("hits").isArray()).isTrue();
    assertThat(json.get("facets").propertyNames())
        .containsExactly("feed", "topic", "group", "year");
    assertThat(json.has("suggestion")).isTrue();
  }

  @Test
  void feedsPageRenders() {
    assertThat(site.get("/feeds", "text/html").statusCode()).isEqualTo(200);
  }

  @Test
  void healthIsUpAndShowsEachComponentsStatus() {
    var health = site.json("/actuator/health");

    assertThat(health.get("status").asString()).isEqualTo("UP");
    assertThat(health.get("components").propertyNames()).contains("catalog", "crawl", "diskSpace");
    assertThat(health.get("components").get("crawl").get("status").asString()).isEqualTo("UP");
  }

  @Test
  void healthShowsNoDetailsAndNoPathToAnonymousCallers() {
    HttpResponse<String> response = site.get("/actuator/health", "application/json");

    assertThat(response.body()).doesNotContain("details", "path", "feeds.yml");
    assertThat(response.body()).doesNotContain(absolutePaths());
  }

  @Test
  void prometheusHasJvmMetricsAndNoAbsolutePath() {
    HttpResponse<String> response =
        site.get("/actuator/prometheus", "text/plain", "Bearer " + Editors.SCRAPE_TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes", "disk_free_bytes");
    assertThat(response.body()).doesNotContain(absolutePaths());
  }

  /** The data directory, feeds file and working directory this context runs in, absolute. */
  private String[] absolutePaths() {
    Path dataDir = Path.of(environment.getProperty("partner-digest.data-dir"));
    Path feedsFile = Path.of(environment.getProperty("partner-digest.feeds-file"));
    return new String[] {
      dataDir.toAbsolutePath().toString(),
      dataDir.toAbsolutePath().normalize().toString(),
      feedsFile.toAbsolutePath().toString(),
      Path.of("").toAbsolutePath().toString()
    };
  }
}
