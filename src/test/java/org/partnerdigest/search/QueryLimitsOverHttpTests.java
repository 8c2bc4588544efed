package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 7, defect 7, over HTTP: the time budget and the expensive-query permits set by properties
 * ({@code partner-digest.search.*}) reach {@code /api/search} as {@code "partial": true} and as a
 * 503 problem with {@code Retry-After}. The whole application runs on one bundled sample feed, with
 * a budget of one nanosecond and one permit that is never waited for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QueryLimitsOverHttpTests {

  @TempDir static Path dir;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    Files.writeString(
        dir.resolve("feeds.yml"),
        """
        groups:
          - key: samples
            title: Samples
            tier: community
        feeds:
          - key: sample-mpn
            url: sample:mpn-program-blog.xml
            group: samples
        """);
    registry.add("partner-digest.data-dir", () -> dir.resolve("data").toString());
    registry.add("partner-digest.feeds-file", () -> dir.resolve("feeds.yml").toString());
    registry.add("partner-digest.crawl.tick", () -> "1s");
    registry.add("partner-digest.search.query-time-budget", () -> "1ns");
    registry.add("partner-digest.search.expensive-queries", () -> "1");
    registry.add("partner-digest.search.expensive-query-wait", () -> "0s");
  }

  static final HttpClient HTTP = HttpClient.newHttpClient();
  static final JsonMapper JSON = JsonMapper.builder().build();

  @LocalServerPort int port;
  @Autowired SearchService search;

  @BeforeEach
  void awaitIndexed() {
    await().atMost(Duration.ofSeconds(60)).until(() -> search.indexedCount() > 0);
  }

  @Test
  void aSearchPastItsBudgetSaysPartial() {
    HttpResponse<String> response = get("/api/search?q=partner");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(response.body()).path("partial").asBoolean()).isTrue();
  }

  @Test
  void aCompleteSearchSaysNothingAboutIt() {
    // no term of the index matches, so nothing is collected and the budget is never consulted
    HttpResponse<String> response = get("/api/search?q=zzyzx");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = JSON.readTree(response.body());
    assertThat(body.path("total").asLong()).isZero();
    assertThat(body.has("partial")).isFalse();
  }

  @Test
  void anExpensiveSearchFindingNoPermitIs503WithRetryAfter() throws Exception {
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Thread holder = Thread.ofVirtual().start(() -> holdPermit(held, done));
    held.await();
    try {
      String hostile =
          "q=" + URLEncoder.encode(QueryBudgetTests.leadingWildcards(), StandardCharsets.UTF_8);

      HttpResponse<String> api = get("/api/search?" + hostile);
      HttpResponse<String> page = get("/search?" + hostile);
      HttpResponse<String> cheap = get("/api/search?q=partner+benefits");

      assertThat(api.statusCode()).isEqualTo(503);
      assertThat(api.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(api.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(JSON.readTree(api.body()).path("detail").asString())
          .startsWith("too many long or wildcard searches are running; try again in 2 seconds");
      assertThat(page.statusCode()).isEqualTo(503);
      assertThat(page.headers().firstValue("Retry-After")).hasValue("2");
      assertThat(page.body()).contains("try again in 2 seconds").doesNotContain("Exception");
      assertThat(cheap.statusCode()).isEqualTo(200);
    } finally {
      done.countDown();
      holder.join();
    }
  }

  /** Holds the only expensive-query permit, as a long expensive search would, until told. */
  private void holdPermit(CountDownLatch held, CountDownLatch done) {
    try {
      search.runner.expensive.run(
          () -> {
            held.countDown();
            try {
              done.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return null;
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private HttpResponse<String> get(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
