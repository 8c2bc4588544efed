package org.partnerdigest.archive;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bounds the archive's growth: entries older than {@code retention.max-age} or beyond the newest
 * {@code retention.max-per-feed} of their feed become tombstones — id, feed and guid kept, bodies
 * dropped, a new {@code seq} so the index drops them — so the next fetch that still lists them does
 * not add them again. Pinned entries are never purged and do not count toward the per-feed limit.
 */
@Component
public class RetentionJob {

  private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

  private final JdbcClient jdbc;
  private final SeqCounter seqCounter;
  private final ArchiveTransactions transactions;
  private final ApplicationEventPublisher events;
  private final InstantSource clock;
  private final ArchiveProperties.Retention retention;

  RetentionJob(
      JdbcClient jdbc,
      SeqCounter seqCounter,
      ArchiveTransactions transactions,
      ApplicationEventPublisher events,
      InstantSource clock,
      ArchiveProperties properties) {
    this.jdbc = jdbc;
    this.seqCounter = seqCounter;
    this.transactions = transactions;
    this.events = events;
    this.clock = clock;
    this.retention = properties.retention();
  }

  /** How often the purge should run. */
  public Duration interval() {
    return retention.interval();
  }

  /** Purges every feed beyond the limits; returns how many entries became tombstones. */
  public int purge() {
    if (!retention.limited()) {
      return 0;
    }
    Instant now = clock.instant();
    int purged = 0;
    List<String> feeds =
        jdbc.sql("SELECT DISTINCT feed_key FROM entry WHERE deleted = ?")
            .param(false)
            .query(String.class)
            .list();
    for (String feedKey : feeds) {
      purged += purgeFeed(feedKey, now);
    }
    if (purged > 0) {
      log.info("retention: {} entries purged to tombstones", purged);
    }
    return purged;
  }

  private int purgeFeed(String feedKey, Instant now) {
    long[] maxSeq = {0};
    int purged =
        transactions.write(
            () -> {
              List<String> ids = expired(feedKey, now);
              if (ids.isEmpty()) {
                return 0;
              }
              long seq = seqCounter.reserve(ids.size());
              for (String id : ids) {
                jdbc.sql(
                        "UPDATE entry SET deleted = ?, seq = ?, title = NULL, author = NULL,"
                            + " summary = NULL, content = NULL, text = NULL, excerpt = NULL,"
                            + " categories = '[]', notes = NULL WHERE id = ?")
                    .params(true, seq++, id)
                    .update();
              }
              maxSeq[0] = seq - 1;
              return ids.size();
            });
    if (purged > 0) {
      events.publishEvent(new EntriesStored(feedKey, maxSeq[0]));
    }
    return purged;
  }

  /** Unpinned live entries of the feed, newest first, that fall outside the limits. */
  private List<String> expired(String feedKey, Instant now) {
    Duration maxAge = retention.maxAge();
    long cutoff = maxAge.isZero() ? Long.MIN_VALUE : now.minus(maxAge).toEpochMilli();
    int maxPerFeed = retention.maxPerFeed();
    List<String> expired = new ArrayList<>();
    int[] rank = {0};
    jdbc.sql(
            "SELECT id, COALESCE(published, first_seen) AS at FROM entry"
                + " WHERE feed_key = ? AND deleted = ? AND pinned = ?"
                + " ORDER BY at DESC, seq DESC")
        .params(feedKey, false, false)
        .query(
            row -> {
              boolean tooMany = maxPerFeed > 0 && rank[0] >= maxPerFeed;
              boolean tooOld = row.getLong("at") < cutoff;
              if (tooMany || tooOld) {
                expired.add(row.getString("id"));
              }
              rank[0]++;
            });
    return expired;
  }
}
