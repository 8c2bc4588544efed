package org.partnerdigest.archive;

import java.sql.DatabaseMetaData;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Which instance fetches which feed, when several instances share one PostgreSQL: a feed is fetched
 * only by the holder of its lease ({@code feed_lease}). Leases are taken with {@code SELECT … FOR
 * UPDATE SKIP LOCKED}, so instances claiming at the same moment take disjoint feeds without waiting
 * for each other; a lease runs out at {@code expires} unless its holder renews it, so the feeds of
 * an instance that died are taken over. On SQLite (one instance by design) every claim is granted
 * and nothing is written.
 */
@Component
public class FeedLeases {

  private static final int CHUNK = 500;

  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final boolean shared;
  private final String holder;

  FeedLeases(
      JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.transactions = new TransactionTemplate(transactionManager);
    this.shared = isPostgres(dataSource);
    this.holder =
        ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** True when several instances may share the database, so claims really lease. */
  public boolean shared() {
    return shared;
  }

  /** This instance's name in {@code feed_lease.holder}. */
  public String holder() {
    return holder;
  }

  /**
   * Leases those of {@code feedKeys} that no other instance holds (or whose lease ran out) until
   * {@code now + duration}, at most {@code max} of them; returns the keys leased, a subset of
   * {@code feedKeys}. On SQLite: all of them.
   */
  public Set<String> claim(Collection<String> feedKeys, int max, Instant now, Duration duration) {
    if (!shared) {
      return new LinkedHashSet<>(feedKeys);
    }
    Set<String> leased = new LinkedHashSet<>();
    for (List<String> chunk : chunks(feedKeys)) {
      int room = max - leased.size();
      if (room <= 0) {
        break;
      }
      insertMissing(chunk);
      leased.addAll(transactions.execute(status -> claimChunk(chunk, room, now, duration)));
    }
    return leased;
  }

  /** Extends this instance's leases of {@code feedKeys} (feeds still being fetched). */
  public void renew(Collection<String> feedKeys, Instant now, Duration duration) {
    if (!shared || feedKeys.isEmpty()) {
      return;
    }
    for (List<String> chunk : chunks(feedKeys)) {
      jdbc.sql(
              "UPDATE feed_lease SET expires = ? WHERE holder = ? AND feed_key IN ("
                  + marks(chunk)
                  + ")")
          .params(withKeys(chunk, now.plus(duration).toEpochMilli(), holder))
          .update();
    }
  }

  /** Gives the feed's lease back (its fetch is over), if this instance holds it. */
  public void release(String feedKey) {
    if (shared) {
      jdbc.sql("UPDATE feed_lease SET holder = NULL, expires = 0 WHERE feed_key = ? AND holder = ?")
          .params(feedKey, holder)
          .update();
    }
  }

  /** Gives every lease of this instance back (it is stopping). */
  public void releaseAll() {
    if (shared) {
      jdbc.sql("UPDATE feed_lease SET holder = NULL, expires = 0 WHERE holder = ?")
          .param(holder)
          .update();
    }
  }

  private void insertMissing(List<String> keys) {
    // ON CONFLICT is PostgreSQL's; this path runs only there. A row another instance is inserting
    // at the same moment makes this one wait for its commit and then skip it.
    jdbc.sql(
            "INSERT INTO feed_lease (feed_key, holder, expires) VALUES "
                + keys.stream().map(k -> "(?, NULL, 0)").collect(Collectors.joining(", "))
                + " ON CONFLICT (feed_key) DO NOTHING")
        .params(keys)
        .update();
  }

  private Set<String> claimChunk(List<String> keys, int max, Instant now, Duration duration) {
    List<Object> params = withKeys(keys, now.toEpochMilli());
    params.add(max);
    List<String> free =
        jdbc.sql(
                "SELECT feed_key FROM feed_lease WHERE (holder IS NULL OR expires <= ?)"
                    + " AND feed_key IN ("
                    + marks(keys)
                    + ") ORDER BY feed_key LIMIT ? FOR UPDATE SKIP LOCKED")
            .params(params)
            .query(String.class)
            .list();
    if (free.isEmpty()) {
      return Set.of();
    }
    jdbc.sql(
            "UPDATE feed_lease SET holder = ?, expires = ? WHERE feed_key IN (" + marks(free) + ")")
        .params(withKeys(free, holder, now.plus(duration).toEpochMilli()))
        .update();
    return new LinkedHashSet<>(free);
  }

  private static List<List<String>> chunks(Collection<String> keys) {
    List<String> all = List.copyOf(keys);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  private static String marks(List<String> keys) {
    return String.join(", ", Collections.nCopies(keys.size(), "?"));
  }

  private static List<Object> withKeys(List<String> keys, Object... leading) {
    List<Object> params = new ArrayList<>(List.of(leading));
    params.addAll(keys);
    return params;
  }

  private static boolean isPostgres(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
      return "PostgreSQL".equalsIgnoreCase(product);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("cannot tell which database this is: " + e.getMessage(), e);
    }
  }
}
