package org.partnerdigest.archive;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.flywaydb.core.Flyway;
import org.partnerdigest.TestPostgres;
import org.partnerdigest.TestProperties;
import org.partnerdigest.content.EntryNote;
import org.partnerdigest.content.ParsedEntry;
import org.partnerdigest.content.TestEntries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The archive's parts wired by hand over a real SQLite file (migrated by Flyway, prepared like the
 * application's data source), for tests that need no Spring context.
 */
public final class ArchiveFixture implements AutoCloseable {

  public final HikariDataSource dataSource;
  public final JdbcClient jdbc;
  public final List<Object> events = new CopyOnWriteArrayList<>();
  final SeqCounter seqCounter;
  final ArchiveTransactions transactions;
  public final FeedStateStore states;
  public final EntryStore store;
  public final EntryArchive archive;
  public final FeedLeases leases;

  private String ownSchema;

  public ArchiveFixture(Path dataDir) {
    this(sqlite(dataDir), null);
  }

  /** Over the tests' PostgreSQL, in a new schema dropped again by {@link #close()}. */
  public static ArchiveFixture postgres() {
    String schema = TestPostgres.newSchema("archive");
    ArchiveFixture fixture = new ArchiveFixture(TestPostgres.dataSource(schema), schema);
    fixture.ownSchema = schema;
    return fixture;
  }

  /** Over any database (e.g. PostgreSQL), migrated into {@code schema} when one is given. */
  public ArchiveFixture(HikariDataSource dataSource, String schema) {
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
    store =
        new EntryStore(
            jdbc, seqCounter, states, transactions, events::add, IndexBacklog.unbounded());
    archive = new JdbcEntryArchive(jdbc, seqCounter, transactions, events::add);
    leases = new FeedLeases(jdbc, dataSource, new DataSourceTransactionManager(dataSource));
  }

  private static HikariDataSource sqlite(Path dataDir) {
    HikariDataSource dataSource = new HikariDataSource();
    dataSource.setJdbcUrl("jdbc:sqlite:" + dataDir.resolve("nested/partner-digest.db"));
    new SqliteDataSourcePreparer().postProcessAfterInitialization(dataSource, "dataSource");
    return dataSource;
  }

  /** Retention with {@code partner-digest.archive.*} properties, at a fixed time. */
  public RetentionJob retention(Map<String, String> properties, Instant now) {
    return new RetentionJob(
        jdbc,
        seqCounter,
        transactions,
        events::add,
        InstantSource.fixed(now),
        TestProperties.bind("partner-digest.archive", ArchiveProperties.class, properties));
  }

  public static ParsedEntry entry(String id, String title, Instant published, String hash) {
    return TestEntries.entry(id)
        .guid("guid-" + id)
        .title(title)
        .link("https://example.org/" + id)
        .author("Ann Author")
        .published(published)
        .summary("<p>" + title + "</p>")
        .content("<p>" + title + " in full</p>")
        .categories(List.of("benefits", "renewals"))
        .text(title + " in full")
        .excerpt(title)
        .contentHash(hash)
        .build();
  }

  /** {@code e} with these quality notes. */
  public static ParsedEntry noted(ParsedEntry e, EntryNote... notes) {
    return TestEntries.from(e).notes(notes).build();
  }

  /** The state after a 200 of feed {@code feedKey} with validator {@code etag} at {@code now}. */
  public static FeedState fetchedState(String feedKey, String etag, Instant now) {
    return FeedState.fresh(feedKey, URI.create("https://example.org/" + feedKey + "/feed"))
        .succeeded(
            FeedStatus.OK,
            new FeedState.Validators(etag, "Mon, 02 Mar 2026 09:00:00 GMT"),
            now,
            new FeedState.Schedule(now.plusSeconds(3600), null),
            null,
            new FeedState.SelfDescription(feedKey + " blog", "https://example.org/" + feedKey));
  }

  public int entryRows() {
    return jdbc.sql("SELECT COUNT(*) FROM entry").query(Integer.class).single();
  }

  @Override
  public void close() {
    dataSource.close();
    if (ownSchema != null) {
      TestPostgres.dropSchema(ownSchema);
    }
  }
}
