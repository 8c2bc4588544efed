package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.FeedSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The crawl health component over real feed states in a SQLite file. */
class CrawlHealthIndicatorTests {

  @TempDir Path dataDir;
  ArchiveFixture fx;
  final List<FeedSource> feeds = new ArrayList<>();

  @BeforeEach
  void archive() {
    fx = new ArchiveFixture(dataDir);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void isUpWithCountsWhenFeedsAreFine() {
    feed("a", FeedCondition.OK);
    feed("b", FeedCondition.NOT_MODIFIED);
    feed("c", FeedCondition.FAILING);
    feed("d", null);

    Health health = health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("enabledFeeds", 4L)
        .containsEntry("fetchedFine", 2L)
        .containsEntry("failing", 1L)
        .containsEntry("notFetchedYet", 1L);
  }

  @Test
  void warnsWhenHalfOfTheFeedsFailAtOnce() {
    feed("a", FeedCondition.FAILING);
    feed("b", FeedCondition.GONE);
    feed("c", FeedCondition.FAILING);
    feed("d", FeedCondition.OK);
    feed("e", FeedCondition.OK);
    feed("f", FeedCondition.OK);

    assertThat(health().getStatus()).isEqualTo(CrawlHealthIndicator.WARNING);
  }

  @Test
  void staysUpWhenFewerThanThreeFeedsFail() {
    feed("a", FeedCondition.FAILING);
    feed("b", FeedCondition.FAILING);

    assertThat(health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void countsOnlyEnabledFeeds() {
    feed("a", FeedCondition.OK);
    for (String key : List.of("x", "y", "z")) {
      feeds.add(source(key, false));
      save(key, FeedCondition.FAILING);
    }

    Health health = health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("enabledFeeds", 1L).containsEntry("failing", 0L);
  }

  private Health health() {
    Catalog catalog = new Catalog(List.of(), List.copyOf(feeds), List.of(), List.of());
    return new CrawlHealthIndicator(() -> catalog, fx.states).health();
  }

  /** An enabled feed, with a stored state unless {@code condition} is null (never fetched). */
  private void feed(String key, FeedCondition condition) {
    feeds.add(source(key, true));
    if (condition != null) {
      save(key, condition);
    }
  }

  private void save(String key, FeedCondition condition) {
    FeedState state =
        new FeedState(
            key, url(key), condition, null, null, null, null, 0, null, null, null, null, null,
            null);
    fx.transactions.write(
        () -> {
          fx.states.save(state);
          return null;
        });
  }

  private static FeedSource source(String key, boolean enabled) {
    return new FeedSource(key, url(key), key, null, List.of(), enabled, null);
  }

  private static URI url(String key) {
    return URI.create("https://example.com/" + key + ".xml");
  }
}
