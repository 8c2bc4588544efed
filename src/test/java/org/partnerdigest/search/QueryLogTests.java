package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.TestProperties;
import org.partnerdigest.archive.ArchiveFixture;

/** The query log behind the editors' insights, over a real migrated SQLite file. */
class QueryLogTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path dataDir;
  ArchiveFixture db;
  final AtomicReference<Instant> now = new AtomicReference<>(NOW);
  final InstantSource clock = now::get;
  QueryLog log;

  @BeforeEach
  void open() {
    db = openDatabase(dataDir);
    log = queryLog(Map.of());
  }

  @AfterEach
  void close() {
    db.close();
  }

  QueryLog queryLog(Map<String, String> properties) {
    return new QueryLog(
        db.jdbc,
        clock,
        TestProperties.bind(
            "partner-digest.search.query-log", QueryLogProperties.class, properties));
  }

  @Test
  void countsQueriesNormalisedAndWithoutAnythingAboutWhoAsked() {
    log.record("MPN  Benefits", 4);
    log.record(" mpn benefits\t", 3);
    log.record("renewal", 1);
    log.flush();

    assertThat(log.top(10))
        .containsExactly(
            new QueryCount("mpn benefits", 2, 0, 3), new QueryCount("renewal", 1, 0, 1));
    assertThat(db.jdbc.sql("SELECT * FROM query_log").query().listOfRows().getFirst().keySet())
        .map(String::toLowerCase)
        .containsExactlyInAnyOrder("day", "query", "searches", "without_results", "last_results");
  }

  @Test
  void listsTheQueriesThatFoundNothingMostOftenFirst() {
    log.record("action pack", 0);
    log.record("action pack", 0);
    log.record("azure credits", 0);
    log.record("renewal", 5);
    log.flush();

    assertThat(log.topWithoutResults(10))
        .extracting(QueryCount::query, QueryCount::withoutResults)
        .containsExactly(tuple("action pack", 2L), tuple("azure credits", 1L));
  }

  @Test
  void addsLaterBatchesToTheSameDay() {
    log.record("renewal", 1);
    log.flush();
    log.record("renewal", 0);
    log.flush();

    assertThat(log.top(1)).containsExactly(new QueryCount("renewal", 2, 1, 0));
    assertThat(db.jdbc.sql("SELECT COUNT(*) FROM query_log").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  void looksBackOnlyOverTheWindowAndPurgesPastTheRetention() {
    log.record("old news", 1);
    log.flush();
    now.set(now.get().plus(Duration.ofDays(40)));
    log.record("fresh", 1);
    log.flush();

    assertThat(log.top(10)).extracting(QueryCount::query).containsExactly("fresh");
    assertThat(log.purge()).isZero();

    now.set(now.get().plus(Duration.ofDays(60)));
    assertThat(log.purge()).isEqualTo(1);
    assertThat(db.jdbc.sql("SELECT query FROM query_log").query(String.class).list())
        .containsExactly("fresh");
  }

  @Test
  void holdsAtMostMaxPendingDistinctQueriesBetweenWrites() {
    QueryLog small = queryLog(Map.of("partner-digest.search.query-log.max-pending", "2"));
    small.record("a", 1);
    small.record("b", 1);
    small.record("c", 1);
    small.record("a", 1);

    assertThat(small.flush()).isEqualTo(2);
    assertThat(small.top(10)).extracting(QueryCount::query).containsExactly("a", "b");
  }

  @Test
  void ignoresBlankAndOverlongQueriesAndRecordsNothingWhenDisabled() {
    log.record("   ", 0);
    log.record(null, 0);
    log.record("x".repeat(QueryLog.MAX_QUERY + 1), 0);
    QueryLog off = queryLog(Map.of("partner-digest.search.query-log.enabled", "false"));
    off.record("renewal", 1);

    assertThat(log.flush() + off.flush()).isZero();
  }

  @Test
  void normalisesControlCharactersAndUnicodeSpaces() {
    assertThat(QueryLog.normalise("Partner\u00A0Center\u0000 \n Benefits"))
        .isEqualTo("partner center benefits");
  }

  /**
   * The database of every test; {@link PostgresQueryLogTests} runs them all again on PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
