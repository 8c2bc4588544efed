package org.partnerdigest.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Base of the hostile-site tests: the whole application crawling {@link LoopbackFeeds#hostile()}
 * (entries linking to {@code javascript:}, {@code data:} and {@code vbscript:}, and three missing
 * feeds) into a real SQLite file; each test starts once every feed was fetched and every stored
 * entry is searchable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class HostileSiteTest {

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    LoopbackFeeds feeds = LoopbackFeeds.hostile();
    registry.add("partner-digest.data-dir", () -> feeds.dataDir.toString());
    registry.add("partner-digest.feeds-file", () -> feeds.feedsFile.toString());
    registry.add("partner-digest.crawl.allowed-hosts", () -> "127.0.0.1");
    registry.add("partner-digest.crawl.scheduled", () -> "true");
    registry.add("partner-digest.samples.enabled", () -> "false");
    registry.add("partner-digest.public-url", () -> LoopbackFeeds.PUBLIC_URL);
  }

  @LocalServerPort int port;
  SiteClient site;

  @BeforeEach
  void waitUntilCrawledAndIndexed() {
    site = new SiteClient(port);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(this::everythingFetchedAndIndexed);
  }

  private boolean everythingFetchedAndIndexed() {
    JsonNode feeds = site.json("/api/feeds");
    boolean fetched =
        StreamSupport.stream(feeds.spliterator(), false)
            .noneMatch(f -> f.get("status").asString().equals("new"));
    long stored =
        StreamSupport.stream(feeds.spliterator(), false)
            .mapToLong(f -> f.get("entryCount").asLong())
            .sum();
    return fetched && stored > 0 && site.json("/api/search").get("total").asLong() == stored;
  }
}
