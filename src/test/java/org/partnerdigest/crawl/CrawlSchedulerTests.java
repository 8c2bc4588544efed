package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.TestProperties;
import org.partnerdigest.archive.ArchiveFixture;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.CatalogChanged;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.crawl.FeedServer.Reply;

class CrawlSchedulerTests {

  @TempDir Path dataDir;
  ArchiveFixture fx;
  FeedServer server;
  FeedFetcher fetcher;
  CrawlCoordinator coordinator;
  CrawlScheduler scheduler;
  MutableClock clock = new MutableClock(Instant.parse("2026-03-02T10:00:00Z"));

  @BeforeEach
  void start() {
    fx = openDatabase(dataDir);
    server = new FeedServer();
    CrawlProperties properties =
        crawlProperties(
            Map.of(
                "partner-digest.crawl.allowed-hosts", "127.0.0.1",
                "partner-digest.crawl.fetch-jitter", "0s"));
    fetcher = new FeedFetcher(FetchSettings.from(properties), "PartnerDigest/test", clock);
    FeedCrawl crawl =
        new FeedCrawl(fetcher, new RefreshPlanner(properties), Optional.empty(), fx.store, clock);
    coordinator = new CrawlCoordinator(crawl, fx.states, fx.leases, clock, properties);
    // The catalog service is only read on a tick; a catalog change carries its own catalog.
    scheduler =
        new CrawlScheduler(null, coordinator, fx.retention(Map.of(), clock.instant()), properties);
  }

  @AfterEach
  void stop() throws Exception {
    coordinator.destroy();
    fetcher.close();
    server.close();
    fx.close();
  }

  Catalog catalog(FeedSource... feeds) {
    return new Catalog(List.of(), List.of(feeds), List.of(), List.of());
  }

  FeedSource feed(String key) {
    server.answer("/" + key + ".xml", Reply.feed("rss-three-posts.xml", null));
    return new FeedSource(key, server.url("/" + key + ".xml"), null, null, List.of(), true, null);
  }

  @Test
  void aCatalogChangeFetchesAddedFeedsAtOnceAndNotRemovedOnes() {
    FeedSource kept = feed("kept");
    FeedSource removed = feed("removed");
    scheduler.on(new CatalogChanged(Catalog.empty(), catalog(kept, removed)));
    await().atMost(Duration.ofSeconds(30)).until(() -> fx.states.all().size() == 2);
    clock.advance(Duration.ofDays(1));
    FeedSource added = feed("added");

    scheduler.on(new CatalogChanged(catalog(kept, removed), catalog(kept, added)));

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> fx.states.find("added").isPresent() && server.requestsTo("/kept.xml") == 2);
    assertThat(server.requestsTo("/removed.xml")).isEqualTo(1);
    assertThat(fx.states.find("removed")).isPresent();
  }

  static CrawlProperties crawlProperties(Map<String, String> properties) {
    return TestProperties.bind("partner-digest.crawl", CrawlProperties.class, properties);
  }

  /**
   * The database of every test; {@link PostgresCrawlSchedulerTests} runs them all again on
   * PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
