package org.partnerdigest.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.flywaydb.core.Flyway;
import org.partnerdigest.content.EntryIds;
import org.partnerdigest.content.FeedDocument;
import org.partnerdigest.content.FeedParser;
import org.partnerdigest.content.ParsedEntry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fills a fresh data directory's archive directly, without a crawl: the application's own Flyway
 * migrations create the SQLite schema, then feeds and entries go in with batched inserts in large
 * transactions, as rows {@code EntryStore} would have written after a crawl.
 *
 * <p>What is real and what repeats: every entry's identity and metadata (id derived by {@link
 * EntryIds} from its feed key and guid, title, link, author, date, categories) come from {@link
 * GeneratedFeeds} for that entry. Its body (summary, cleaned content, text, excerpt) is the
 * product's own {@link FeedParser} output for one of {@code templateFeeds × entriesPerFeed}
 * template entries (the first feeds, parsed whole), reused by feed number modulo the template
 * count, because parsing and cleaning a million bodies would take longer than the rest of the run.
 * Every feed's state is "fetched just now, next fetch in four hours", so the crawl stays idle.
 */
final class ArchiveFill {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final int FEEDS_PER_TRANSACTION = 50;

  private final long seed;
  private final int feeds;
  private final int entriesPerFeed;
  private final int templateFeeds;

  ArchiveFill(long seed, int feeds, int entriesPerFeed, int templateFeeds) {
    this.seed = seed;
    this.feeds = feeds;
    this.entriesPerFeed = entriesPerFeed;
    // a multiple of three keeps each feed's template in the same format (RSS, Atom, JSON in turn)
    this.templateFeeds = Math.min(feeds, Math.max(3, templateFeeds - templateFeeds % 3));
  }

  /** The catalog key of feed {@code index}. */
  static String feedKey(int index) {
    return FeedSite.feedKey(index);
  }

  /** Where feed {@code index} would be fetched from: a port nothing answers on. */
  static String feedUrl(int index) {
    return "http://127.0.0." + (1 + index % 8) + ":9/feeds/" + index + ".xml";
  }

  /** Creates {@code data/partner-digest.db} and fills it; the figures of the fill. */
  Map<String, Object> fill(Path data) throws Exception {
    Files.createDirectories(data);
    String url = "jdbc:sqlite:" + data.resolve("partner-digest.db");
    long started = System.nanoTime();
    Flyway.configure()
        .dataSource(url, null, null)
        .locations("classpath:db/migration")
        .load()
        .migrate();
    double migrate = seconds(started);
    long parsing = System.nanoTime();
    List<List<ParsedEntry>> templates = templates();
    double parse = seconds(parsing);
    long inserting = System.nanoTime();
    Instant now = Instant.now();
    try (Connection db = DriverManager.getConnection(url)) {
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        // a bench construct: the file is the same, only a power cut during the fill could lose it
        s.execute("PRAGMA synchronous=OFF");
      }
      db.setAutoCommit(false);
      insertStates(db, now);
      long seq = 0;
      for (int from = 0; from < feeds; from += FEEDS_PER_TRANSACTION) {
        List<List<ParsedEntry>> chunk =
            IntStream.range(from, Math.min(feeds, from + FEEDS_PER_TRANSACTION))
                .parallel()
                .mapToObj(f -> entries(f, templates))
                .toList();
        seq = insertEntries(db, from, chunk, seq);
        db.commit();
      }
      try (Statement s = db.createStatement()) {
        s.executeUpdate("UPDATE seq_counter SET last_seq = " + seq + " WHERE id = 1");
        db.commit();
        db.setAutoCommit(true);
        s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
      }
    }
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("entries", feeds * entriesPerFeed);
    figures.put("feeds", feeds);
    figures.put("distinctBodies", templateFeeds * entriesPerFeed);
    figures.put("migrateSeconds", Latencies.round(migrate));
    figures.put("parseTemplatesSeconds", Latencies.round(parse));
    figures.put("insertSeconds", Latencies.round(seconds(inserting)));
    figures.put("wallSeconds", Latencies.round(seconds(started)));
    return figures;
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  /** The first {@code templateFeeds} feeds through the product's parser, on all cores. */
  private List<List<ParsedEntry>> templates() {
    FeedParser parser = new FeedParser();
    return IntStream.range(0, templateFeeds)
        .parallel()
        .mapToObj(
            f -> {
              GeneratedFeeds.Feed feed = GeneratedFeeds.feed(seed, f, entriesPerFeed);
              byte[] body = FeedDocuments.body(feed, feedUrl(f));
              try {
                return parser
                    .parse(
                        new FeedDocument(
                            body,
                            FeedDocuments.contentType(feed),
                            URI.create(feedUrl(f)),
                            feedKey(f)))
                    .entries();
              } catch (Exception e) {
                throw new IllegalStateException("generated feed " + f + " did not parse", e);
              }
            })
        .toList();
  }

  /**
   * Feed {@code f}'s entries: a template feed's parsed entries, or generated ones on a template.
   */
  private List<ParsedEntry> entries(int f, List<List<ParsedEntry>> templates) {
    if (f < templateFeeds) {
      return templates.get(f);
    }
    List<ParsedEntry> bodies = templates.get(f % templateFeeds);
    List<GeneratedFeeds.Entry> generated = GeneratedFeeds.feed(seed, f, entriesPerFeed).entries();
    List<ParsedEntry> entries = new ArrayList<>(generated.size());
    for (int i = 0; i < generated.size(); i++) {
      GeneratedFeeds.Entry g = generated.get(i);
      ParsedEntry body = bodies.get(i % bodies.size());
      Instant updated = body.updated() == null ? null : g.published();
      entries.add(
          new ParsedEntry(
              EntryIds.id(feedKey(f), "guid:" + g.id()),
              g.id(),
              g.title(),
              g.link(),
              g.author(),
              null,
              g.published(),
              updated,
              body.summary(),
              body.content(),
              g.categories(),
              body.text(),
              body.excerpt(),
              EntryIds.contentHash(
                  g.title(),
                  g.link(),
                  g.author(),
                  g.published(),
                  updated,
                  body.summary(),
                  body.content(),
                  g.categories()),
              body.notes()));
    }
    return entries;
  }

  private void insertStates(Connection db, Instant now) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO feed_state (feed_key, url, status, etag, last_fetch, last_success,"
                + " consecutive_failures, next_fetch, feed_title, feed_link)"
                + " VALUES (?, ?, 'ok', ?, ?, ?, 0, ?, ?, ?)")) {
      for (int f = 0; f < feeds; f++) {
        insert.setString(1, feedKey(f));
        insert.setString(2, feedUrl(f));
        insert.setString(3, "\"bench-" + f + "\"");
        insert.setLong(4, now.toEpochMilli());
        insert.setLong(5, now.toEpochMilli());
        insert.setLong(6, now.plus(Duration.ofHours(4)).toEpochMilli());
        insert.setString(7, "Generated source " + f);
        insert.setString(8, feedUrl(f));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  /** The columns {@code EntryStore} writes for a new entry; first seen when it was published. */
  private static long insertEntries(
      Connection db, int firstFeed, List<List<ParsedEntry>> chunk, long seq) throws SQLException {
    try (PreparedStatement insert =
        db.prepareStatement(
            "INSERT INTO entry (id, feed_key, seq, guid, title, link, author, published, updated,"
                + " summary, content, categories, text, excerpt, content_hash, first_seen,"
                + " hidden, pinned, deleted, notes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)")) {
      for (int c = 0; c < chunk.size(); c++) {
        for (ParsedEntry e : chunk.get(c)) {
          insert.setString(1, e.id());
          insert.setString(2, feedKey(firstFeed + c));
          insert.setLong(3, ++seq);
          insert.setString(4, e.guid());
          insert.setString(5, e.title());
          insert.setString(6, e.link());
          insert.setString(7, e.author());
          setMillis(insert, 8, e.published());
          setMillis(insert, 9, e.updated());
          insert.setString(10, e.summary());
          insert.setString(11, e.content());
          insert.setString(12, JSON.writeValueAsString(e.categories()));
          insert.setString(13, e.text());
          insert.setString(14, e.excerpt());
          insert.setString(15, e.contentHash());
          insert.setLong(16, e.published() == null ? 0 : e.published().toEpochMilli());
          insert.setString(
              17,
              e.notes().isEmpty()
                  ? null
                  : JSON.writeValueAsString(e.notes().stream().map(n -> n.key()).toList()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
    }
    return seq;
  }

  private static void setMillis(PreparedStatement insert, int column, Instant instant)
      throws SQLException {
    if (instant == null) {
      insert.setNull(column, Types.BIGINT);
    } else {
      insert.setLong(column, instant.toEpochMilli());
    }
  }
}
