package org.partnerdigest.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads how each feed has been posting ({@link FeedActivity}) from the {@code entry} table in two
 * grouped queries, whatever the number of feeds. Purged entries (tombstones) do not count; hidden
 * ones do, since the feed did post them.
 */
@Component
class EntryCounts {

  private static final long WEEK_MILLIS = Duration.ofDays(7).toMillis();
  private static final String DATE = "COALESCE(published, first_seen)";

  private final JdbcClient jdbc;

  EntryCounts(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** How many live entries each feed has, by key (feeds without any are absent). */
  Map<String, Long> live() {
    Map<String, Long> live = new HashMap<>();
    jdbc.sql("SELECT feed_key, COUNT(*) AS n FROM entry WHERE deleted = ? GROUP BY feed_key")
        .param(false)
        .query(
            row -> {
              live.put(row.getString("feed_key"), row.getLong("n"));
            });
    return live;
  }

  /** Every feed with at least one live entry dated up to now, by key. */
  Map<String, FeedActivity> activity(Instant now) {
    long nowMillis = now.toEpochMilli();
    Map<String, int[]> weekly = weekly(nowMillis);
    Map<String, List<Instant>> recent = recent(nowMillis);
    Map<String, FeedActivity> activity = new HashMap<>();
    recent.forEach(
        (feed, dates) -> {
          int[] weeks = weekly.getOrDefault(feed, new int[FeedActivity.WEEKS]);
          List<Integer> oldestFirst = new ArrayList<>();
          for (int w = FeedActivity.WEEKS - 1; w >= 0; w--) {
            oldestFirst.add(weeks[w]);
          }
          activity.put(feed, new FeedActivity(oldestFirst, dates.getFirst(), usualGap(dates)));
        });
    return activity;
  }

  /** Counts per feed; index 0 is the week up to now. */
  private Map<String, int[]> weekly(long nowMillis) {
    Map<String, int[]> weekly = new HashMap<>();
    jdbc.sql(
            "SELECT feed_key, (? - "
                + DATE
                + ") / ? AS week, COUNT(*) AS n FROM entry WHERE deleted = ? AND "
                + DATE
                + " <= ? AND "
                + DATE
                + " > ? GROUP BY feed_key, week")
        .params(
            nowMillis, WEEK_MILLIS, false, nowMillis, nowMillis - FeedActivity.WEEKS * WEEK_MILLIS)
        .query(
            row -> {
              int week = (int) row.getLong("week");
              if (week >= 0 && week < FeedActivity.WEEKS) {
                int[] counts =
                    weekly.computeIfAbsent(
                        row.getString("feed_key"), k -> new int[FeedActivity.WEEKS]);
                counts[week] += row.getInt("n");
              }
            });
    return weekly;
  }

  /** The newest dates of each feed, newest first (at most {@link FeedActivity#RHYTHM_ENTRIES}). */
  private Map<String, List<Instant>> recent(long nowMillis) {
    Map<String, List<Instant>> recent = new HashMap<>();
    jdbc.sql(
            "SELECT feed_key, d FROM (SELECT feed_key, "
                + DATE
                + " AS d, ROW_NUMBER() OVER (PARTITION BY feed_key ORDER BY "
                + DATE
                + " DESC) AS rn FROM entry WHERE deleted = ? AND "
                + DATE
                + " <= ?) recent WHERE rn <= ? ORDER BY feed_key, d DESC")
        .params(false, nowMillis, FeedActivity.RHYTHM_ENTRIES)
        .query(
            row -> {
              recent
                  .computeIfAbsent(row.getString("feed_key"), k -> new ArrayList<>())
                  .add(Instant.ofEpochMilli(row.getLong("d")));
            });
    return recent;
  }

  /** The median gap between consecutive dates (newest first), or null for fewer than three. */
  private static Duration usualGap(List<Instant> newestFirst) {
    if (newestFirst.size() < 3) {
      return null;
    }
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < newestFirst.size(); i++) {
      gaps.add(Duration.between(newestFirst.get(i), newestFirst.get(i - 1)));
    }
    gaps.sort(null);
    return gaps.get(gaps.size() / 2);
  }
}
