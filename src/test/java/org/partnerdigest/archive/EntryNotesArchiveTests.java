package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.archive.ArchiveFixture.entry;
import static org.partnerdigest.archive.ArchiveFixture.noted;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.content.EntryNote;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The entry's quality notes (issue 7, defects 6 and 8) in the archive: V2 migration, SQL, rows. */
class EntryNotesArchiveTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path dataDir;
  ArchiveFixture fx;

  @AfterEach
  void close() {
    if (fx != null) {
      fx.close();
    }
  }

  FeedState state(String etag) {
    return ArchiveFixture.fetchedState("mpn", etag, NOW);
  }

  String notesColumn(String id) {
    return fx.jdbc
        .sql("SELECT notes FROM entry WHERE id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .orElse(null);
  }

  @Test
  void keepsAnEntrysNotesAndNothingForAnEntryWithout() {
    fx = new ArchiveFixture(dataDir);
    fx.store.storeFetched(
        state("v1"),
        List.of(
            noted(entry("a", "A", NOW, "h1"), EntryNote.INVALID_ENCODING, EntryNote.TRUNCATED),
            entry("b", "B", NOW, "h2")),
        NOW);

    assertThat(fx.archive.find("a").orElseThrow().entry().notes())
        .containsExactly(EntryNote.TRUNCATED, EntryNote.INVALID_ENCODING);
    assertThat(notesColumn("a")).isEqualTo("[\"truncated\",\"invalid-encoding\"]");
    assertThat(fx.archive.find("b").orElseThrow().entry().notes()).isEmpty();
    assertThat(notesColumn("b")).isNull();
  }

  @Test
  void aChangedEntryTakesItsNewNotes() {
    fx = new ArchiveFixture(dataDir);
    fx.store.storeFetched(
        state("v1"), List.of(noted(entry("a", "A", NOW, "h1"), EntryNote.TRUNCATED)), NOW);

    fx.store.storeFetched(state("v2"), List.of(entry("a", "A, shorter", NOW, "h2")), NOW);

    assertThat(fx.archive.find("a").orElseThrow().entry().notes()).isEmpty();
    assertThat(fx.archive.changesAfter(1, 10))
        .extracting(e -> e.entry().notes())
        .containsExactly(Set.of());
  }

  @Test
  void skipsNoteKeysWrittenByANewerVersion() {
    fx = new ArchiveFixture(dataDir);
    fx.store.storeFetched(state("v1"), List.of(entry("a", "A", NOW, "h1")), NOW);
    fx.jdbc
        .sql("UPDATE entry SET notes = ? WHERE id = ?")
        .params("[\"from-the-future\",\"truncated\"]", "a")
        .update();

    assertThat(fx.archive.find("a").orElseThrow().entry().notes())
        .containsExactly(EntryNote.TRUNCATED);
  }

  @Test
  void aRetentionTombstoneLosesItsNotes() {
    fx = new ArchiveFixture(dataDir);
    fx.store.storeFetched(
        state("v1"),
        List.of(noted(entry("a", "A", NOW.minusSeconds(86_400 * 60), "h1"), EntryNote.TRUNCATED)),
        NOW);

    fx.retention(Map.of("partner-digest.archive.retention.max-age", "30d"), NOW).purge();

    assertThat(fx.archive.find("a").orElseThrow().flags().deleted()).isTrue();
    assertThat(notesColumn("a")).isNull();
  }

  @Test
  void anArchiveWrittenBeforeNotesExistedIsMigratedAndReadWithoutNotes() throws Exception {
    // The migrations stop at V1, as a jar from before notes left the file.
    Path db = dataDir.resolve("nested/partner-digest.db");
    Files.createDirectories(db.getParent());
    try (HikariDataSource v1 = new HikariDataSource()) {
      v1.setJdbcUrl("jdbc:sqlite:" + db);
      Flyway.configure().dataSource(v1).target("1").load().migrate();
      JdbcClient.create(v1)
          .sql(
              "INSERT INTO entry (id, feed_key, seq, title, categories, first_seen, hidden,"
                  + " pinned, deleted) VALUES ('old', 'mpn', 1, 'Old entry', '[]', 0, 0, 0, 0)")
          .update();
    }

    fx = new ArchiveFixture(dataDir);

    ArchivedEntry old = fx.archive.find("old").orElseThrow();
    assertThat(old.entry().title()).isEqualTo("Old entry");
    assertThat(old.entry().notes()).isEmpty();
  }
}
