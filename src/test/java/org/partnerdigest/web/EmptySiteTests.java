package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** A fresh instance with nothing crawled yet: every page renders and says what to expect. */
class EmptySiteTests extends EmptySiteTest {

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
  void healthIsUp() {
    assertThat(site.json("/actuator/health").get("status").asString()).isEqualTo("UP");
  }

  @Test
  void prometheusHasJvmMetrics() {
    HttpResponse<String> response =
        site.get("/actuator/prometheus", "text/plain", "Bearer " + Editors.SCRAPE_TOKEN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("jvm_memory_used_bytes");
  }
}
