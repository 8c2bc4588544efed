package org.partnerdigest.search;

import java.time.Duration;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What people search for, for the editors' insights: each search's query, normalised (lower-case,
 * whitespace collapsed), is counted per UTC day with whether it found anything — never who asked.
 * {@link #record} only adds to a bounded in-memory tally, so searching never waits for the
 * database; {@link QueryLogWriter} writes the tally in one batch every {@code flush-interval} and
 * purges days older than {@code retention}.
 */
@Component
public class QueryLog {

  /** Longer queries are pasted text, not something to learn from; they are not recorded. */
  static final int MAX_QUERY = 200;

  private static final Logger log = LoggerFactory.getLogger(QueryLog.class);

  private final JdbcClient jdbc;
  private final InstantSource clock;
  private final QueryLogProperties properties;
  private volatile Map<Key, Tally> pending = new ConcurrentHashMap<>();
  private final AtomicLong dropped = new AtomicLong();

  @Autowired
  QueryLog(JdbcClient jdbc, ObjectProvider<InstantSource> clock, QueryLogProperties properties) {
    this(jdbc, clock.getIfUnique(InstantSource::system), properties);
  }

  QueryLog(JdbcClient jdbc, InstantSource clock, QueryLogProperties properties) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Counts one search of {@code query} that found {@code results} entries; a blank or over-long
   * query is ignored. Never blocks on the database.
   */
  public void record(String query, long results) {
    String normalised = normalise(query);
    if (!properties.enabled() || normalised.isEmpty() || normalised.length() > MAX_QUERY) {
      return;
    }
    Key key = new Key(clock.instant().truncatedTo(ChronoUnit.DAYS).toEpochMilli(), normalised);
    Map<Key, Tally> tallies = pending;
    if (!tallies.containsKey(key) && tallies.size() >= properties.maxPending()) {
      dropped.incrementAndGet();
      return;
    }
    tallies.computeIfAbsent(key, k -> new Tally()).add(results);
  }

  /** The most searched queries of the last {@code window}, most searched first. */
  public List<QueryCount> top(int limit) {
    return counts("", "searches", limit);
  }

  /** The queries that found nothing most often in the last {@code window}. */
  public List<QueryCount> topWithoutResults(int limit) {
    return counts(" HAVING SUM(without_results) > 0", "without_results", limit);
  }

  /** How far back {@link #top} and {@link #topWithoutResults} look. */
  public Duration window() {
    return properties.window();
  }

  /** Lower-cased, control characters removed, runs of whitespace collapsed to one space. */
  static String normalise(String query) {
    if (query == null) {
      return "";
    }
    return query
        .replaceAll("[\\p{Cntrl}\\s\\u00A0\\u2000-\\u200B\\u3000]+", " ")
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Writes everything recorded so far; returns how many rows it touched. A search counted while its
   * batch is being written can be lost; the counts are for insight, not accounting.
   */
  int flush() {
    Map<Key, Tally> batch = pending;
    pending = new ConcurrentHashMap<>();
    long lost = dropped.getAndSet(0);
    if (lost > 0) {
      log.warn(
          "query log: {} searches not recorded (more than {} distinct queries between writes)",
          lost,
          properties.maxPending());
    }
    if (batch.isEmpty()) {
      return 0;
    }
    batch.forEach(this::write);
    return batch.size();
  }

  /** Deletes the days older than {@code retention}; returns how many rows went. */
  int purge() {
    long cutoff = clock.instant().minus(properties.retention()).toEpochMilli();
    return jdbc.sql("DELETE FROM query_log WHERE day < ?").param(cutoff).update();
  }

  Duration flushInterval() {
    return properties.flushInterval();
  }

  /**
   * Adds one tally to its row; statement by statement (no upsert in portable SQL), and when another
   * instance inserted the same row in between, the update simply runs again.
   */
  private void write(Key key, Tally tally) {
    Tally counted = tally.snapshot();
    if (update(key, counted) > 0) {
      return;
    }
    try {
      jdbc.sql(
              "INSERT INTO query_log (day, query, searches, without_results, last_results)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(key.day, key.query, counted.searches, counted.withoutResults, counted.lastResults)
          .update();
    } catch (DuplicateKeyException e) {
      update(key, counted);
    }
  }

  private int update(Key key, Tally counted) {
    return jdbc.sql(
            "UPDATE query_log SET searches = searches + ?,"
                + " without_results = without_results + ?, last_results = ?"
                + " WHERE day = ? AND query = ?")
        .params(counted.searches, counted.withoutResults, counted.lastResults, key.day, key.query)
        .update();
  }

  private List<QueryCount> counts(String having, String order, int limit) {
    long since =
        clock.instant().minus(properties.window()).truncatedTo(ChronoUnit.DAYS).toEpochMilli();
    return jdbc.sql(
            "SELECT query, SUM(searches) AS searches, SUM(without_results) AS without_results,"
                + " MAX(last_results) AS last_results FROM query_log WHERE day >= ?"
                + " GROUP BY query"
                + having
                + " ORDER BY "
                + order
                + " DESC, query LIMIT ?")
        .params(since, limit)
        .query(
            (row, n) ->
                new QueryCount(
                    row.getString("query"),
                    row.getLong("searches"),
                    row.getLong("without_results"),
                    row.getLong("last_results")))
        .list();
  }

  private record Key(long day, String query) {}

  /** One query's searches on one day, added to by concurrent searches. */
  private static final class Tally {
    private int searches;
    private int withoutResults;
    private long lastResults;

    synchronized void add(long results) {
      searches++;
      if (results == 0) {
        withoutResults++;
      }
      lastResults = results;
    }

    synchronized Tally snapshot() {
      Tally copy = new Tally();
      copy.searches = searches;
      copy.withoutResults = withoutResults;
      copy.lastResults = lastResults;
      return copy;
    }
  }
}
