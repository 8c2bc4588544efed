package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.partnerdigest.archive.ArchiveFixture.entry;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one set of Flyway migrations and the archive's SQL on a real PostgreSQL (DESIGN: "SQLite as
 * the embedded default, PostgreSQL for several instances"). {@code .ci/run} starts a local server
 * and sets {@code PARTNER_DIGEST_TEST_POSTGRES_URL}; without it the test is skipped, except in CI.
 * Each run migrates a fresh schema, so runs never see each other's rows.
 */
class PostgresArchiveTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  ArchiveFixture fx;
  String schema;

  @BeforeEach
  void migrateAFreshSchema() {
    String url = System.getenv("PARTNER_DIGEST_TEST_POSTGRES_URL");
    if (url == null && "true".equals(System.getenv("CI"))) {
      throw new AssertionError("PARTNER_DIGEST_TEST_POSTGRES_URL is not set: .ci/run starts it");
    }
    assumeTrue(url != null, "no PostgreSQL: set PARTNER_DIGEST_TEST_POSTGRES_URL (see .ci/run)");
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl(url);
    dataSource.setUsername(System.getenv().getOrDefault("PARTNER_DIGEST_TEST_POSTGRES_USER", ""));
    dataSource.setPassword(
        System.getenv().getOrDefault("PARTNER_DIGEST_TEST_POSTGRES_PASSWORD", ""));
    schema = "archive_" + UUID.randomUUID().toString().replace("-", "");
    dataSource.setSchema(schema);
    fx = new ArchiveFixture(dataSource, schema);
  }

  @AfterEach
  void dropTheSchema() {
    if (fx != null) {
      fx.jdbc.sql("DROP SCHEMA " + schema + " CASCADE").update();
      fx.close();
    }
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

  private static FeedState state(String etag) {
    return ArchiveFixture.fetchedState("mpn", etag, NOW);
  }
}
