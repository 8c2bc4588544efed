package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.archive.ArchiveFixture.entry;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.content.ParsedEntry;

class RetentionJobTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final FeedState FEED = FeedState.fresh("mpn", URI.create("https://example.org/feed"));

  static final List<ParsedEntry> FEED_ENTRIES =
      List.of(
          entry("jan", "January", Instant.parse("2026-01-05T00:00:00Z"), "h1"),
          entry("feb", "February", Instant.parse("2026-02-05T00:00:00Z"), "h2"),
          entry("mar", "March", Instant.parse("2026-03-01T00:00:00Z"), "h3"));

  @TempDir Path dataDir;
  ArchiveFixture fx;

  @BeforeEach
  void fill() {
    fx = openDatabase(dataDir);
    fx.store.storeFetched(FEED, FEED_ENTRIES, NOW);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void keepsEverythingByDefault() {
    assertThat(fx.retention(Map.of(), NOW).purge()).isZero();
    assertThat(fx.archive.latest(10)).hasSize(3);
  }

  @Test
  void purgesBeyondMaxPerFeedToTombstonesWithNewSeq() {
    int purged =
        fx.retention(Map.of("partner-digest.archive.retention.max-per-feed", "2"), NOW).purge();

    assertThat(purged).isEqualTo(1);
    ArchivedEntry jan = fx.archive.find("jan").orElseThrow();
    assertThat(jan.flags().deleted()).isTrue();
    assertThat(jan.seq()).isEqualTo(4);
    assertThat(jan.entry().content()).isNull();
    assertThat(jan.entry().text()).isNull();
    assertThat(fx.archive.latest(10)).extracting(ArchivedEntry::id).containsExactly("mar", "feb");
    assertThat(fx.events).contains(new EntriesStored("mpn", 4));
  }

  @Test
  void purgesEntriesOlderThanMaxAge() {
    fx.retention(Map.of("partner-digest.archive.retention.max-age", "40d"), NOW).purge();

    assertThat(fx.archive.latest(10)).extracting(ArchivedEntry::id).containsExactly("mar", "feb");
  }

  @Test
  void aRefetchDoesNotResurrectATombstone() {
    fx.retention(Map.of("partner-digest.archive.retention.max-per-feed", "2"), NOW).purge();
    long seqAfterPurge = fx.archive.lastSeq();

    StoreResult refetch = fx.store.storeFetched(FEED, FEED_ENTRIES, NOW.plusSeconds(3600));

    assertThat(refetch).isEqualTo(StoreResult.NOTHING);
    assertThat(fx.archive.find("jan").orElseThrow().flags().deleted()).isTrue();
    assertThat(fx.archive.lastSeq()).isEqualTo(seqAfterPurge);
  }

  @Test
  void neverPurgesPinnedEntries() {
    fx.archive.setPinned("jan", true);

    fx.retention(
            Map.of(
                "partner-digest.archive.retention.max-per-feed", "1",
                "partner-digest.archive.retention.max-age", "5d"),
            NOW)
        .purge();

    assertThat(fx.archive.latest(10)).extracting(ArchivedEntry::id).containsExactly("mar", "jan");
  }

  /**
   * The database of every test; {@link PostgresRetentionJobTests} runs them all again on
   * PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
