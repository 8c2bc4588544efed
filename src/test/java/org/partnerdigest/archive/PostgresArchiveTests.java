package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.partnerdigest.archive.ArchiveFixture.entry;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.partnerdigest.RequiresPostgres;
import org.partnerdigest.content.EntryNote;

/**
 * The one set of Flyway migrations and the archive's SQL on a real PostgreSQL (DESIGN: "SQLite as
 * the embedded default, PostgreSQL for several instances"). {@code .ci/run} starts a local server
 * and sets {@code PARTNER_DIGEST_TEST_POSTGRES_URL}; without it the test is skipped, except in CI.
 * Each run migrates a fresh schema, so runs never see each other's rows.
 */
@RequiresPostgres
class PostgresArchiveTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  ArchiveFixture fx;

  @BeforeEach
  void migrateAFreshSchema() {
    fx = ArchiveFixture.postgres();
  }

  @AfterEach
  void dropTheSchema() {
    fx.close();
  }

  @Test
  void recordsTheAuditNewestFirst() {
    AuditLog audit = new AuditLog(fx.jdbc, fx.transactions, InstantSource.fixed(NOW));
    audit.record("ann", "entry.hide", "a", null);
    audit.record("bob", "entry.pin", "b", "first");

    assertThat(audit.recent(1, 10).events())
        .containsExactly(
            new AuditEvent(NOW, "bob", "entry.pin", "b", "first"),
            new AuditEvent(NOW, "ann", "entry.hide", "a", ""));
  }

  @Test
  void storesUpdatesAndTailsEntriesBySeq() {
    fx.store.storeFetched(
        state("v1"), List.of(entry("a", "A", NOW, "h1"), entry("b", "B", NOW, "h2")), NOW);
    fx.store.storeFetched(
        state("v2"), List.of(entry("a", "A changed", NOW, "h3"), entry("b", "B", NOW, "h2")), NOW);

    assertThat(fx.archive.changesAfter(0, 10))
        .extracting(ArchivedEntry::id, ArchivedEntry::seq, (ArchivedEntry e) -> e.entry().title())
        .containsExactly(tuple("b", 2L, "B"), tuple("a", 3L, "A changed"));
    assertThat(fx.archive.find("a").orElseThrow().entry().categories())
        .containsExactly("benefits", "renewals");
    assertThat(fx.states.find("mpn").orElseThrow().validators().etag()).isEqualTo("v2");
  }

  @Test
  void keepsAnEntrysNotes() {
    fx.store.storeFetched(
        state("v1"),
        List.of(
            ArchiveFixture.noted(entry("a", "A", NOW, "h1"), EntryNote.TRUNCATED),
            entry("b", "B", NOW, "h2")),
        NOW);

    assertThat(fx.archive.find("a").orElseThrow().entry().notes())
        .containsExactly(EntryNote.TRUNCATED);
    assertThat(fx.archive.find("b").orElseThrow().entry().notes()).isEmpty();
  }

  @Test
  void editorFlagsAndRetentionTombstonesTakeNewSeq() {
    fx.store.storeFetched(
        state("v1"), List.of(entry("a", "A", NOW, "h1"), entry("b", "B", NOW, "h2")), NOW);

    assertThat(fx.archive.setPinned("a", true)).isTrue();
    int purged =
        fx.retention(
                Map.of("partner-digest.archive.retention.max-age", "1d"), NOW.plusSeconds(864_000))
            .purge();

    assertThat(purged).isEqualTo(1);
    assertThat(fx.archive.changesAfter(2, 10))
        .extracting(
            ArchivedEntry::id,
            (ArchivedEntry e) -> e.flags().pinned(),
            (ArchivedEntry e) -> e.flags().deleted())
        .containsExactly(tuple("a", true, false), tuple("b", false, true));
    assertThat(fx.archive.lastSeq()).isEqualTo(4);
  }

  @Test
  void listsTheEntriesFirstSeenInAWindowWithTheirPinNote() {
    fx.store.storeFetched(state("v1"), List.of(entry("a", "A", NOW, "h1")), NOW);
    fx.store.storeFetched(state("v2"), List.of(entry("b", "B", NOW, "h2")), NOW.plusSeconds(60));
    fx.archive.setPinned("b", true, "Read this first");

    assertThat(fx.archive.firstSeenBetween(NOW, NOW.plusSeconds(60)))
        .extracting(ArchivedEntry::id, (ArchivedEntry e) -> e.flags().pinNote())
        .containsExactly(tuple("b", "Read this first"));
  }

  @Test
  void countsEntriesPerWeekAndTheirRhythm() {
    fx.store.storeFetched(
        state("v1"),
        List.of(
            entry("a", "A", NOW.minusSeconds(86_400), "h1"),
            entry("b", "B", NOW.minusSeconds(3 * 86_400), "h2"),
            entry("c", "C", NOW.minusSeconds(9 * 86_400), "h3")),
        NOW);

    FeedActivity activity = new EntryCounts(fx.jdbc).activity(NOW).get("mpn");

    assertThat(activity.weeklyEntries().subList(10, 12)).containsExactly(1, 2);
    assertThat(activity.usualGap()).isEqualTo(java.time.Duration.ofDays(6));
    assertThat(new EntryCounts(fx.jdbc).live()).containsEntry("mpn", 3L);
  }

  private static FeedState state(String etag) {
    return ArchiveFixture.fetchedState("mpn", etag, NOW);
  }
}
