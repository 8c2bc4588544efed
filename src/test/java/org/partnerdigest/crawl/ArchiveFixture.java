package org.partnerdigest.crawl;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.partnerdigest.content.ParsedEntry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The archive's parts wired by hand over a real SQLite file (migrated by Flyway, prepared like the
 * application's data source), for tests that need no Spring context.
 */
final class ArchiveFixture implements AutoCloseable {

  final HikariDataSource dataSource;
  final JdbcClient jdbc;
  final List<Object> events = new CopyOnWriteArrayList<>();
  final SeqCounter seqCounter;
  final ArchiveTransactions transactions;
  final FeedStateStore states;
  final EntryStore store;
  final JdbcEntryArchive archive;

  ArchiveFixture(Path dataDir) {
    this(sqlite(dataDir), null);
  }

  /** Over any database (e.g. PostgreSQL), migrated into {@code schema} when one is given. */
  ArchiveFixture(HikariDataSource dataSource, String schema) {
    this.dataSource = dataSource;
    var flyway = Flyway.configure().dataSource(dataSource);
    if (schema != null) {
      flyway.schemas(schema).defaultSchema(schema);
    }
    flyway.load().migrate();
    jdbc = JdbcClient.create(dataSource);
    seqCounter = new SeqCounter(jdbc);
    transactions = new ArchiveTransactions(new DataSourceTransactionManager(dataSource));
    states = new FeedStateStore(jdbc);
    store = new EntryStore(jdbc, seqCounter, states, transactions, events::add);
    archive = new JdbcEntryArchive(jdbc, seqCounter, transactions, events::add);
  }

  private static HikariDataSource sqlite(Path dataDir) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl("jdbc:sqlite:" + dataDir.resolve("nested/partner-digest.db"));
    new SqliteDataSourcePreparer().postProcessAfterInitialization(dataSource, "dataSource");
    return dataSource;
  }

  RetentionJob retention(Map<String, String> properties, Instant now) {
    return new RetentionJob(
        jdbc, seqCounter, transactions, events::add, InstantSource.fixed(now), crawl(properties));
  }

  /** Binds crawl properties from a map the way Spring would, defaults included. */
  static CrawlProperties crawl(Map<String, String> properties) {
    return new Binder(new MapConfigurationPropertySource(properties))
        .bindOrCreate("partner-digest.crawl", CrawlProperties.class);
  }

  static ParsedEntry entry(String id, String title, Instant published, String hash) {
    return new ParsedEntry(
        id,
        "guid-" + id,
        title,
        "https://example.org/" + id,
        "Ann Author",
        "en",
        published,
        null,
        "<p>" + title + "</p>",
        "<p>" + title + " in full</p>",
        List.of("benefits", "renewals"),
        title + " in full",
        title,
        hash);
  }

  int entryRows() {
    return jdbc.sql("SELECT COUNT(*) FROM entry").query(Integer.class).single();
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
