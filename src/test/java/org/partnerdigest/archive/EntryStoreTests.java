package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnerdigest.archive.ArchiveFixture.entry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.content.ParsedEntry;

class EntryStoreTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final Instant MARCH = Instant.parse("2026-03-01T09:00:00Z");

  @TempDir Path dataDir;
  ArchiveFixture fx;

  @BeforeEach
  void openArchive() {
    fx = openDatabase(dataDir);
  }

  @AfterEach
  void closeArchive() {
    fx.close();
  }

  FeedState fetched(String etag) {
    return ArchiveFixture.fetchedState("mpn", etag, NOW);
  }

  @Test
  void createsTheDataDirectoryAndUsesWal() {
    assertThat(dataDir.resolve("nested/partner-digest.db")).exists();
    assertThat(fx.jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualTo("wal");
  }

  @Test
  void givesNewEntriesIncreasingSeq() {
    StoreResult result =
        fx.store.storeFetched(
            fetched("v1"),
            List.of(entry("a", "A", MARCH, "h1"), entry("b", "B", MARCH, "h2")),
            NOW);

    assertThat(result).isEqualTo(new StoreResult(2, 0, 2));
    assertThat(fx.archive.changesAfter(0, 10))
        .extracting(ArchivedEntry::id, ArchivedEntry::seq)
        .containsExactly(tuple("a", 1L), tuple("b", 2L));
    assertThat(fx.archive.lastSeq()).isEqualTo(2);
  }

  @Test
  void keepsEverythingAFetchSays() {
    fx.store.storeFetched(fetched("v1"), List.of(entry("a", "Renewal dates", MARCH, "h1")), NOW);

    ArchivedEntry stored = fx.archive.find("a").orElseThrow();
    assertThat(stored.feedKey()).isEqualTo("mpn");
    assertThat(stored.entry().title()).isEqualTo("Renewal dates");
    assertThat(stored.entry().published()).isEqualTo(MARCH);
    assertThat(stored.entry().categories()).containsExactly("benefits", "renewals");
    assertThat(stored.firstSeen()).isEqualTo(NOW);
    assertThat(stored.flags().hidden() || stored.flags().pinned() || stored.flags().deleted())
        .isFalse();
  }

  @Test
  void samePostSeenTwiceKeepsItsRowAndSeq() {
    fx.store.storeFetched(fetched("v1"), List.of(entry("a", "A", MARCH, "h1")), NOW);

    StoreResult again =
        fx.store.storeFetched(fetched("v2"), List.of(entry("a", "A", MARCH, "h1")), NOW);

    assertThat(again).isEqualTo(StoreResult.NOTHING);
    assertThat(fx.entryRows()).isEqualTo(1);
    assertThat(fx.archive.find("a").orElseThrow().seq()).isEqualTo(1);
  }

  @Test
  void changedPostIsUpdatedInPlaceWithANewSeq() {
    fx.store.storeFetched(
        fetched("v1"), List.of(entry("a", "A", MARCH, "h1"), entry("b", "B", MARCH, "h2")), NOW);
    fx.archive.setPinned("a", true);

    StoreResult result =
        fx.store.storeFetched(
            fetched("v2"),
            List.of(entry("a", "A, corrected", MARCH, "h1b"), entry("b", "B", MARCH, "h2")),
            NOW.plusSeconds(60));

    assertThat(result).isEqualTo(new StoreResult(0, 1, 4));
    ArchivedEntry a = fx.archive.find("a").orElseThrow();
    assertThat(a.entry().title()).isEqualTo("A, corrected");
    assertThat(a.seq()).isEqualTo(4);
    assertThat(a.firstSeen()).isEqualTo(NOW);
    assertThat(a.flags().pinned()).isTrue();
    assertThat(fx.archive.find("b").orElseThrow().seq()).isEqualTo(2);
    assertThat(fx.entryRows()).isEqualTo(2);
  }

  @Test
  void storesARepeatedIdOnce() {
    StoreResult result =
        fx.store.storeFetched(
            fetched("v1"),
            List.of(entry("a", "A", MARCH, "h1"), entry("a", "A2", MARCH, "h2")),
            NOW);

    assertThat(result.added()).isEqualTo(1);
    assertThat(fx.archive.find("a").orElseThrow().entry().title()).isEqualTo("A");
  }

  @Test
  void commitsValidatorsWithTheEntries() {
    fx.store.storeFetched(fetched("v1"), List.of(entry("a", "A", MARCH, "h1")), NOW);

    FeedState state = fx.states.find("mpn").orElseThrow();
    assertThat(state).isEqualTo(fetched("v1"));
  }

  @Test
  void publishesEntriesStoredOnlyWhenEntriesChanged() {
    fx.store.storeFetched(fetched("v1"), List.of(entry("a", "A", MARCH, "h1")), NOW);
    fx.store.storeFetched(fetched("v2"), List.of(entry("a", "A", MARCH, "h1")), NOW);

    assertThat(fx.events).containsExactly(new EntriesStored("mpn", 1));
  }

  @Test
  void notModifiedWritesOnlyState() {
    fx.store.storeFetched(fetched("v1"), List.of(entry("a", "A", MARCH, "h1")), NOW);
    FeedState before = fx.states.find("mpn").orElseThrow();
    FeedState notModified =
        before.succeeded(
            FeedStatus.NOT_MODIFIED,
            before.validators(),
            NOW,
            before.schedule(),
            null,
            before.self());

    fx.store.saveState(notModified);

    assertThat(fx.archive.lastSeq()).isEqualTo(1);
    assertThat(fx.states.find("mpn").orElseThrow().status()).isEqualTo(FeedStatus.NOT_MODIFIED);
  }

  @Nested
  class WhenAWriteFailsMidway {

    @Test
    void neitherEntriesNorValidatorsAreCommitted() {
      fx.store.storeFetched(fetched("v1"), List.of(entry("a", "A", MARCH, "h1")), NOW);
      ParsedEntry broken = entry(null, "no id", MARCH, "hx");

      assertThatThrownBy(
              () ->
                  fx.store.storeFetched(
                      fetched("v2"),
                      List.of(entry("b", "B", MARCH, "h2"), entry("a", "A2", MARCH, "h1b"), broken),
                      NOW))
          .isInstanceOf(RuntimeException.class);

      assertThat(fx.archive.find("b")).isEmpty();
      assertThat(fx.archive.find("a").orElseThrow().entry().title()).isEqualTo("A");
      assertThat(fx.states.find("mpn").orElseThrow().validators().etag()).isEqualTo("v1");
      assertThat(fx.archive.lastSeq()).isEqualTo(1);
      assertThat(fx.events).hasSize(1);
    }
  }

  /**
   * The database of every test; {@link PostgresEntryStoreTests} runs them all again on PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
