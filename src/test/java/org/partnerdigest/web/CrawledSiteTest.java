package org.partnerdigest.web;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the site tests: the whole application on a random port, crawling the {@link
 * LoopbackFeeds} on its schedule into a real SQLite file; each test starts once all five fixture
 * entries are searchable.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CrawledSiteTest {

  static final int FIXTURE_ENTRIES = 5;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    LoopbackFeeds feeds = LoopbackFeeds.get();
    registry.add("partner-digest.data-dir", () -> feeds.dataDir.toString());
    registry.add("partner-digest.feeds-file", () -> feeds.feedsFile.toString());
    registry.add("partner-digest.crawl.allowed-hosts", () -> "127.0.0.1");
    registry.add("partner-digest.crawl.scheduled", () -> "true");
    registry.add("partner-digest.samples.enabled", () -> "false");
    registry.add("partner-digest.public-url", () -> LoopbackFeeds.PUBLIC_URL);
    registry.add("partner-digest.search.query-log.flush-interval", () -> "200ms");
    Editors.configure(registry);
  }

  @LocalServerPort int port;
  SiteClient site;

  @BeforeEach
  void waitUntilCrawledAndIndexed() {
    site = new SiteClient(port);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> site.json("/api/search").path("total").asLong() == FIXTURE_ENTRIES);
  }
}
