package org.partnerdigest.web;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.content.FeedDocument;
import org.partnerdigest.content.FeedParseException;
import org.partnerdigest.content.FeedParser;
import org.springframework.beans.factory.annotation.Autowired;
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
  }

  @LocalServerPort int port;
  @Autowired CatalogService catalog;
  SiteClient site;

  @BeforeEach
  void waitUntilCrawledAndIndexed() {
    skipWhileOtherModulesAreStubs();
    site = new SiteClient(port);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> site.json("/api/search").path("total").asLong() == FIXTURE_ENTRIES);
  }

  /**
   * Parallel development: the catalog and the parser land on main separately. Until then the crawl
   * cannot produce entries, so these tests skip with a message instead of failing. Only the shared
   * stubs trigger this (a real catalog either loads the feeds or reports problems).
   */
  private void skipWhileOtherModulesAreStubs() {
    Assumptions.assumeFalse(
        catalog.current().feeds().isEmpty() && catalog.problems().isEmpty(),
        "the catalog module is still the shared stub; site tests need feeds.yml loaded");
    try {
      new FeedParser()
          .parse(
              new FeedDocument(
                  "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"
                      .getBytes(StandardCharsets.UTF_8),
                  "application/rss+xml",
                  URI.create("http://127.0.0.1/"),
                  "probe"));
    } catch (UnsupportedOperationException e) {
      Assumptions.abort(
          "the content module's FeedParser is still the shared stub: " + e.getMessage());
    } catch (FeedParseException e) {
      // a real parser that dislikes the probe is fine: the crawl will show what it can do
    }
  }
}
