package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerdigest.archive.ArchiveFixture.entry;

import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcEntryArchiveTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path dataDir;
  ArchiveFixture fx;

  @BeforeEach
  void fill() {
    fx = openDatabase(dataDir);
    fx.store.storeFetched(
        FeedState.fresh("mpn", URI.create("https://example.org/feed")),
        List.of(
            entry("old", "Old", Instant.parse("2026-01-01T00:00:00Z"), "h1"),
            entry("new", "New", Instant.parse("2026-03-01T00:00:00Z"), "h2"),
            entry("undated", "Undated", null, "h3")),
        NOW);
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void isEmptyBeforeTheFirstStore(@TempDir Path other) {
    try (ArchiveFixture empty = new ArchiveFixture(other)) {
      assertThat(empty.archive.lastSeq()).isZero();
      assertThat(empty.archive.changesAfter(0, 10)).isEmpty();
    }
  }

  @Test
  void tailsChangesInSeqOrderFromAGivenSeq() {
    assertThat(fx.archive.changesAfter(1, 10))
        .extracting(ArchivedEntry::seq)
        .containsExactly(2L, 3L);
    assertThat(fx.archive.changesAfter(0, 2))
        .extracting(ArchivedEntry::seq)
        .containsExactly(1L, 2L);
  }

  @Test
  void hidingTakesANewSeqAndStaysVisibleToTheTail() {
    assertThat(fx.archive.setHidden("new", true)).isTrue();

    assertThat(fx.archive.changesAfter(3, 10))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("new");
              assertThat(e.seq()).isEqualTo(4);
              assertThat(e.flags().hidden()).isTrue();
            });
    assertThat(fx.events).contains(new EntriesStored("mpn", 4));
  }

  @Test
  void pinningTakesANewSeq() {
    fx.archive.setPinned("old", true);

    assertThat(fx.archive.find("old").orElseThrow())
        .matches((ArchivedEntry e) -> e.flags().pinned());
    assertThat(fx.archive.lastSeq()).isEqualTo(4);
  }

  @Test
  void flaggingAnUnknownEntrySaysSoAndTakesNoSeq() {
    assertThat(fx.archive.setHidden("nope", true)).isFalse();
    assertThat(fx.archive.setPinned("nope", true)).isFalse();
    assertThat(fx.archive.lastSeq()).isEqualTo(3);
  }

  @Test
  void latestListsVisibleEntriesNewestFirstWithUndatedByFirstSeen() {
    fx.archive.setHidden("new", true);

    assertThat(fx.archive.latest(10))
        .extracting(ArchivedEntry::id)
        .containsExactly("undated", "old");
    assertThat(fx.archive.latest(1)).hasSize(1);
  }

  @Test
  void firstSeenBetweenListsTheVisibleEntriesOfTheWindowOldestFirst() {
    Instant later = NOW.plusSeconds(3600);
    fx.store.storeFetched(
        FeedState.fresh("isv", URI.create("https://example.org/isv")),
        List.of(
            entry("late", "Late", Instant.parse("2026-03-02T00:00:00Z"), "h4"),
            entry("hid", "Hid", Instant.parse("2026-03-02T00:00:00Z"), "h5")),
        later);
    fx.archive.setHidden("hid", true);

    assertThat(fx.archive.firstSeenBetween(NOW, later))
        .extracting(ArchivedEntry::id)
        .containsExactly("late");
    assertThat(fx.archive.firstSeenBetween(NOW.minusMillis(1), NOW))
        .extracting(ArchivedEntry::id)
        .containsExactlyInAnyOrder("old", "new", "undated");
    assertThat(fx.archive.firstSeenBetween(later, later.plusSeconds(1))).isEmpty();
  }

  @Test
  void pinningKeepsTheEditorsNoteAndUnpinningClearsIt() {
    assertThat(fx.archive.setPinned("new", true, "  Read this before renewing  ")).isTrue();

    ArchivedEntry pinned = fx.archive.find("new").orElseThrow();
    assertThat(pinned.flags().pinned()).isTrue();
    assertThat(pinned.flags().pinNote()).isEqualTo("Read this before renewing");
    assertThat(fx.archive.firstSeenBetween(NOW.minusMillis(1), NOW))
        .filteredOn(e -> e.id().equals("new"))
        .singleElement()
        .extracting(e -> e.flags().pinNote())
        .isEqualTo("Read this before renewing");

    fx.archive.setPinned("new", false);
    assertThat(fx.archive.find("new").orElseThrow().flags().pinNote()).isNull();
  }

  @Test
  void refusesAPinNoteOverItsLimitAndKeepsTheEntryAsItWas() {
    long seq = fx.archive.find("new").orElseThrow().seq();

    assertThatThrownBy(
            () -> fx.archive.setPinned("new", true, "x".repeat(EntryArchive.MAX_PIN_NOTE + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most " + EntryArchive.MAX_PIN_NOTE);

    ArchivedEntry unchanged = fx.archive.find("new").orElseThrow();
    assertThat(unchanged.flags().pinned()).isFalse();
    assertThat(unchanged.seq()).isEqualTo(seq);
    assertThat(fx.archive.setPinned("new", true, "x".repeat(EntryArchive.MAX_PIN_NOTE))).isTrue();
  }

  @Test
  void findsNothingForAnUnknownId() {
    assertThat(fx.archive.find("nope")).isEmpty();
  }

  /**
   * The database of every test; {@link PostgresJdbcEntryArchiveTests} runs them all again on
   * PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
