package org.partnerdigest.archive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a feed has been posting, from the dates of its archived entries (published, else first seen;
 * dates in the future are left out): entries per week and its usual rhythm, so editors see a source
 * that has gone quiet even while its fetches succeed.
 *
 * @param weeklyEntries entries per week for the last {@link #WEEKS} weeks, oldest first; the last
 *     element is the seven days up to now
 * @param newestEntry the date of the newest entry, or {@code null} when there is none
 * @param usualGap the median gap between its last {@link #RHYTHM_ENTRIES} entries, or {@code null}
 *     when it has fewer than three
 */
public record FeedActivity(List<Integer> weeklyEntries, Instant newestEntry, Duration usualGap) {

  /** How many weeks of counts are kept: the sparkline of the feed health page. */
  public static final int WEEKS = 12;

  /** How many of the newest entries the usual gap is computed from. */
  static final int RHYTHM_ENTRIES = 11;

  /** A feed's usual gap is doubled before it counts as silent, and never less than a day. */
  private static final Duration SHORTEST_SILENCE = Duration.ofDays(1);

  public FeedActivity {
    weeklyEntries = List.copyOf(weeklyEntries);
  }

  /** No entries at all. */
  public static FeedActivity none() {
    return new FeedActivity(java.util.Collections.nCopies(WEEKS, 0), null, null);
  }

  /**
   * True when the feed has posted nothing for longer than its own rhythm allows: twice its usual
   * gap, and at least a day. A feed without a rhythm (fewer than three entries) is never silent.
   */
  public boolean silentAt(Instant now) {
    if (usualGap == null || newestEntry == null) {
      return false;
    }
    Duration allowed = usualGap.multipliedBy(2);
    if (allowed.compareTo(SHORTEST_SILENCE) < 0) {
      allowed = SHORTEST_SILENCE;
    }
    return Duration.between(newestEntry, now).compareTo(allowed) > 0;
  }

  /** Entries of the last {@link #WEEKS} weeks together. */
  public int recentEntries() {
    return weeklyEntries.stream().mapToInt(Integer::intValue).sum();
  }
}
