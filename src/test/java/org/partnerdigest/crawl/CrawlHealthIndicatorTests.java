package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.FeedHealth;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.archive.FeedStatus;
import org.partnerdigest.catalog.FeedProfile;
import org.partnerdigest.catalog.FeedSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;

/** The crawl health component over feeds in each status. */
class CrawlHealthIndicatorTests {

  final List<FeedHealth> feeds = new ArrayList<>();

  @Test
  void isUpWithCountsWhenFeedsAreFine() {
    feed("a", FeedStatus.OK);
    feed("b", FeedStatus.NOT_MODIFIED);
    feed("c", FeedStatus.FAILING);
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
    feed("a", FeedStatus.FAILING);
    feed("b", FeedStatus.GONE);
    feed("c", FeedStatus.FAILING);
    feed("d", FeedStatus.OK);
    feed("e", FeedStatus.OK);
    feed("f", FeedStatus.OK);

    assertThat(health().getStatus()).isEqualTo(CrawlHealthIndicator.WARNING);
  }

  @Test
  void staysUpWhenFewerThanThreeFeedsFail() {
    feed("a", FeedStatus.FAILING);
    feed("b", FeedStatus.FAILING);

    assertThat(health().getStatus()).isEqualTo(Status.UP);
  }

  @Test
  void countsOnlyEnabledFeeds() {
    feed("a", FeedStatus.OK);
    for (String key : List.of("x", "y", "z")) {
      feeds.add(health(key, false, FeedStatus.FAILING));
    }

    Health health = health();

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("enabledFeeds", 1L).containsEntry("failing", 0L);
  }

  private Health health() {
    return new CrawlHealthIndicator(() -> List.copyOf(feeds)).health();
  }

  /** An enabled feed, never fetched when {@code status} is null. */
  private void feed(String key, FeedStatus status) {
    feeds.add(health(key, true, status));
  }

  private static FeedHealth health(String key, boolean enabled, FeedStatus status) {
    URI url = URI.create("https://example.com/" + key + ".xml");
    FeedSource source = new FeedSource(key, url, key, null, List.of(), enabled, null);
    FeedState state = FeedState.fresh(key, url);
    if (status != null) {
      state = state.failed(status, null, Instant.EPOCH, null);
    }
    return new FeedHealth(new FeedProfile(source, null), state, 0);
  }
}
