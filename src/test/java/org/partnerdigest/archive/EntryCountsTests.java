package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.archive.ArchiveFixture.entry;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.content.ParsedEntry;

/** Entries per week and posting rhythm, read from a real SQLite archive. */
class EntryCountsTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path dataDir;
  ArchiveFixture fx;
  EntryCounts counts;

  @BeforeEach
  void open() {
    fx = openDatabase(dataDir);
    counts = new EntryCounts(fx.jdbc);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void countsEntriesPerWeekOldestFirst() {
    store(
        "weekly",
        NOW.minus(Duration.ofDays(1)),
        NOW.minus(Duration.ofDays(2)),
        NOW.minus(Duration.ofDays(8)),
        NOW.minus(Duration.ofDays(7 * 11 + 3)),
        NOW.minus(Duration.ofDays(7 * 12 + 1)));

    FeedActivity activity = counts.activity(NOW).get("weekly");

    assertThat(activity.weeklyEntries())
        .hasSize(FeedActivity.WEEKS)
        .containsExactly(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2);
    assertThat(activity.recentEntries()).isEqualTo(4);
    assertThat(activity.newestEntry()).isEqualTo(NOW.minus(Duration.ofDays(1)));
  }

  @Test
  void leavesOutPurgedEntriesAndDatesInTheFuture() {
    store(
        "feed", NOW.minus(Duration.ofDays(1)), NOW.minus(Duration.ofDays(2)), NOW.plusSeconds(60));
    fx.jdbc.sql("UPDATE entry SET deleted = ? WHERE id = ?").params(true, "feed-0").update();

    FeedActivity activity = counts.activity(NOW).get("feed");

    assertThat(activity.recentEntries()).isEqualTo(1);
    assertThat(activity.newestEntry()).isEqualTo(NOW.minus(Duration.ofDays(2)));
    assertThat(counts.live()).containsEntry("feed", 2L);
  }

  @Test
  void usesTheFirstSeenTimeOfUndatedEntries() {
    fx.store.storeFetched(
        FeedState.fresh("undated", URI.create("https://example.org/undated")),
        List.of(entry("u", "Undated", null, "h")),
        NOW.minus(Duration.ofHours(3)));

    assertThat(counts.activity(NOW).get("undated").weeklyEntries().getLast()).isEqualTo(1);
  }

  @Test
  void theUsualGapIsTheMedianOfTheNewestGaps() {
    store(
        "rhythm",
        NOW.minus(Duration.ofDays(1)),
        NOW.minus(Duration.ofDays(3)),
        NOW.minus(Duration.ofDays(5)),
        NOW.minus(Duration.ofDays(30)));

    assertThat(counts.activity(NOW).get("rhythm").usualGap()).isEqualTo(Duration.ofDays(2));
  }

  @Test
  void aFeedWithFewerThanThreeEntriesHasNoRhythm() {
    store("young", NOW.minus(Duration.ofDays(100)), NOW.minus(Duration.ofDays(101)));

    FeedActivity activity = counts.activity(NOW).get("young");

    assertThat(activity.usualGap()).isNull();
    assertThat(activity.silentAt(NOW)).isFalse();
  }

  @Nested
  class Silence {

    @Test
    void isQuietForLongerThanTwiceTheUsualGap() {
      var activity =
          new FeedActivity(List.of(), NOW.minus(Duration.ofDays(15)), Duration.ofDays(7));

      assertThat(activity.silentAt(NOW)).isTrue();
      assertThat(activity.silentAt(NOW.minus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void allowsAtLeastADayForFeedsThatPostHourly() {
      var activity =
          new FeedActivity(List.of(), NOW.minus(Duration.ofHours(20)), Duration.ofHours(1));

      assertThat(activity.silentAt(NOW)).isFalse();
      assertThat(activity.silentAt(NOW.plus(Duration.ofHours(5)))).isTrue();
    }

    @Test
    void aFeedWithoutEntriesIsNeverSilent() {
      assertThat(FeedActivity.none().silentAt(NOW)).isFalse();
      assertThat(FeedActivity.none().weeklyEntries()).hasSize(FeedActivity.WEEKS).containsOnly(0);
    }
  }

  private void store(String feed, Instant... published) {
    List<ParsedEntry> entries = new ArrayList<>();
    for (int i = 0; i < published.length; i++) {
      entries.add(entry(feed + "-" + i, "Post " + i, published[i], "h" + i));
    }
    fx.store.storeFetched(
        FeedState.fresh(feed, URI.create("https://example.org/" + feed)), entries, NOW);
  }

  /**
   * The database of every test; {@link PostgresEntryCountsTests} runs them all again on PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
