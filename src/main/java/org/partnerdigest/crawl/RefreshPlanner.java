package org.partnerdigest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Decides when a feed is fetched next: adaptive to its posting rhythm within bounds, honouring the
 * editor's {@code refresh} and the feed's own ttl hints; exponential backoff on failures. Pure: the
 * clock's {@code now} is passed in; jitter (±10%) spreads feeds so they do not fetch in lockstep.
 */
class RefreshPlanner {

  /** How many recent posts the rhythm is read from. */
  static final int RHYTHM_POSTS = 10;

  /** Used when a feed gives no rhythm (fewer than two dated posts). */
  static final Duration NO_RHYTHM = Duration.ofHours(1);

  /** A feed silent for this long is polled at the slowest rate. */
  static final Duration DORMANT = Duration.ofDays(30);

  private final Duration minRefresh;
  private final Duration maxRefresh;
  private final Duration maxBackoff;
  private final RandomGenerator random;

  RefreshPlanner(CrawlProperties properties) {
    this(
        properties.minRefresh(),
        properties.maxRefresh(),
        properties.maxBackoff(),
        RandomGenerator.getDefault());
  }

  /**
   * @param random source of jitter; a generator whose {@code nextDouble()} is 0.5 means none
   */
  RefreshPlanner(
      Duration minRefresh, Duration maxRefresh, Duration maxBackoff, RandomGenerator random) {
    this.minRefresh = minRefresh;
    this.maxRefresh = maxRefresh;
    this.maxBackoff = maxBackoff;
    this.random = random;
  }

  /** The defaults of {@code partner-digest.crawl.*}: 15 min, 4 h, 4 h. */
  RefreshPlanner() {
    this(
        Duration.ofMinutes(15),
        Duration.ofHours(4),
        Duration.ofHours(4),
        RandomGenerator.getDefault());
  }

  /** After a 200 or 304. Any argument but {@code now} may be null/empty. */
  Instant afterSuccess(
      Instant now, Duration editorRefresh, Duration feedHint, List<Instant> recentPublished) {
    if (editorRefresh != null && editorRefresh.isPositive()) {
      return now.plus(jitter(editorRefresh)); // the editor's choice wins, unclamped
    }
    Duration interval = rhythm(now, recentPublished);
    if (feedHint != null && feedHint.compareTo(interval) > 0) {
      interval = feedHint; // ttl / sy:updatePeriod: the feed asks not to be polled faster
    }
    return now.plus(jitter(clamp(interval, minRefresh, maxRefresh)));
  }

  /** After the {@code consecutiveFailures}-th failure in a row (1 for the first). */
  Instant afterFailure(Instant now, int consecutiveFailures) {
    int doublings = Math.clamp(consecutiveFailures - 1, 0, 30);
    Duration backoff = minRefresh.multipliedBy(1L << doublings);
    return now.plus(jitter(clamp(backoff, minRefresh, maxBackoff)));
  }

  /**
   * After a 429/503; {@code retryAt} is what Retry-After asked for, or null. Never later than
   * {@code max-backoff}: we wait no longer for a server that asks than for one that fails.
   */
  Instant afterRateLimit(Instant now, Instant retryAt, int consecutiveFailures) {
    if (retryAt == null) {
      return afterFailure(now, consecutiveFailures);
    }
    Instant latest = now.plus(maxBackoff);
    return retryAt.isBefore(now) ? now : retryAt.isAfter(latest) ? latest : retryAt;
  }

  /** Half the median gap between recent posts; the slowest rate for dormant feeds. */
  private Duration rhythm(Instant now, List<Instant> published) {
    List<Instant> dates = new ArrayList<>();
    if (published != null) {
      published.stream().filter(Objects::nonNull).filter(d -> !d.isAfter(now)).forEach(dates::add);
    }
    dates.sort(Comparator.reverseOrder());
    if (!dates.isEmpty() && Duration.between(dates.getFirst(), now).compareTo(DORMANT) > 0) {
      return maxRefresh;
    }
    if (dates.size() < 2) {
      return NO_RHYTHM;
    }
    List<Duration> gaps = new ArrayList<>();
    for (int i = 1; i < Math.min(dates.size(), RHYTHM_POSTS + 1); i++) {
      gaps.add(Duration.between(dates.get(i), dates.get(i - 1)));
    }
    gaps.sort(Comparator.naturalOrder());
    Duration median =
        gaps.size() % 2 == 1
            ? gaps.get(gaps.size() / 2)
            : gaps.get(gaps.size() / 2 - 1).plus(gaps.get(gaps.size() / 2)).dividedBy(2);
    return median.dividedBy(2);
  }

  /** ±10%, so feeds added together drift apart. */
  private Duration jitter(Duration d) {
    double factor = 0.9 + 0.2 * random.nextDouble();
    return Duration.ofMillis(Math.round(d.toMillis() * factor));
  }

  private static Duration clamp(Duration d, Duration min, Duration max) {
    return d.compareTo(min) < 0 ? min : d.compareTo(max) > 0 ? max : d;
  }
}
