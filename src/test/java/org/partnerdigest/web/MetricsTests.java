package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * After the loopback feeds are crawled and indexed, {@code /actuator/prometheus} carries the
 * application's own metrics (README, "Metrics") with values that follow what happened; the health
 * groups answer for a container's probes.
 */
class MetricsTests extends CrawledSiteTest {

  @Test
  void crawlMetricsCountFetchesBytesAndStoredEntries() {
    String metrics = scrape();

    assertThat(value(metrics, "crawl_fetches_total{outcome=\"fetched\"}")).isPositive();
    assertThat(value(metrics, "crawl_fetch_duration_seconds_count{outcome=\"fetched\"}"))
        .isPositive();
    assertThat(value(metrics, "crawl_fetch_bytes_sum")).isPositive();
    assertThat(value(metrics, "crawl_entries_stored_total{change=\"added\"}"))
        .isGreaterThanOrEqualTo(FIXTURE_ENTRIES);
  }

  @Test
  void indexMetricsShowItsSizeAndNoLagOnceCaughtUp() {
    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(() -> assertThat(value(scrape(), "search_index_lag")).isZero());
    String metrics = scrape();

    assertThat(value(metrics, "search_index_documents")).isEqualTo(FIXTURE_ENTRIES);
    assertThat(value(metrics, "search_index_size_bytes")).isPositive();
  }

  @Test
  void searchesAreTimedAsAHistogramAndEmptyOnesCounted() {
    double zeroBefore = value(scrape(), "search_zero_results_total");

    site.json("/api/search?q=renewal");
    site.json("/api/search?q=nothingmatchesthisword");
    site.get("/api/search?size=500", "application/json");

    String metrics = scrape();
    assertThat(metrics).contains("search_requests_seconds_bucket{outcome=\"found\",le=");
    assertThat(value(metrics, "search_requests_seconds_count{outcome=\"none\"}")).isPositive();
    assertThat(value(metrics, "search_requests_seconds_count{outcome=\"error\"}")).isPositive();
    assertThat(value(metrics, "search_zero_results_total")).isEqualTo(zeroBefore + 1);
  }

  @Test
  void catalogAndDigestMetricsArePresentFromTheStart() {
    String metrics = scrape();

    assertThat(value(metrics, "catalog_reloads_total{result=\"loaded\"}")).isPositive();
    assertThat(value(metrics, "catalog_reloads_total{result=\"refused\"}")).isZero();
    assertThat(value(metrics, "catalog_problems")).isZero();
    assertThat(metrics)
        .contains(
            "digest_deliveries_total{state=\"sent\"}",
            "digest_deliveries_total{state=\"retry\"}",
            "digest_deliveries_total{state=\"failed\"}",
            "digest_deliveries_total{state=\"skipped\"}");
  }

  @Test
  void livenessAndReadinessGroupsAnswerForProbes() {
    var liveness = site.json("/actuator/health/liveness");
    var readiness = site.json("/actuator/health/readiness");

    assertThat(liveness.get("status").asString()).isEqualTo("UP");
    assertThat(readiness.get("status").asString()).isEqualTo("UP");
    assertThat(readiness.get("components").propertyNames())
        .containsExactlyInAnyOrder("readinessState", "db", "searchIndex", "catalog");
  }

  private String scrape() {
    var response = site.get("/actuator/prometheus", "text/plain", "Bearer " + Editors.SCRAPE_TOKEN);
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  /**
   * The value of the sample named exactly {@code series} (name and labels as Prometheus writes).
   */
  private static double value(String metrics, String series) {
    Matcher sample = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(metrics);
    assertThat(sample.find()).as("sample %s in%n%s", series, metrics).isTrue();
    return Double.parseDouble(sample.group(1));
  }
}
