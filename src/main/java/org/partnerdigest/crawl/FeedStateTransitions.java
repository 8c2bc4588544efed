package org.partnerdigest.crawl;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.content.ParsedFeed;

/**
 * Turns a feed's state and what its fetch came to into the next state: status, validators, error,
 * failure count and when it is due next (by the {@link RefreshPlanner}). Pure; time is passed in.
 */
class FeedStateTransitions {

  private final RefreshPlanner planner;

  FeedStateTransitions(RefreshPlanner planner) {
    this.planner = planner;
  }

  /** A 200 whose body parsed: new validators, a permanent redirect remembered. */
  FeedState parsed(
      FeedState s, FeedSource source, FetchOutcome.Fetched fetched, ParsedFeed feed, Instant now) {
    URI movedTo = moved(s, fetched.movedTo());
    List<Instant> published =
        feed.entries().stream().map(e -> e.published()).filter(Objects::nonNull).toList();
    return new FeedState(
        s.feedKey(),
        s.url(),
        movedTo != null ? FeedCondition.MOVED : FeedCondition.OK,
        fetched.etag(),
        fetched.lastModified(),
        now,
        now,
        0,
        null,
        planner.afterSuccess(now, source.refresh(), feed.refreshHint(), published),
        movedTo,
        feed.feed() == null ? s.feedTitle() : feed.feed().title(),
        feed.feed() == null ? s.feedLink() : feed.feed().link(),
        feed.refreshHint());
  }

  /** A 304: nothing to store, only the times move on. */
  FeedState notModified(
      FeedState s,
      FeedSource source,
      FetchOutcome.NotModified outcome,
      List<Instant> recentPublished,
      Instant now) {
    URI movedTo = moved(s, outcome.movedTo());
    return new FeedState(
        s.feedKey(),
        s.url(),
        movedTo != null ? FeedCondition.MOVED : FeedCondition.NOT_MODIFIED,
        s.etag(),
        s.lastModified(),
        now,
        now,
        0,
        null,
        planner.afterSuccess(now, source.refresh(), s.refreshHint(), recentPublished),
        movedTo,
        s.feedTitle(),
        s.feedLink(),
        s.refreshHint());
  }

  /** A 410: no more polling until an editor changes the URL. */
  FeedState gone(FeedState s, String message, Instant now) {
    return failure(s, FeedCondition.GONE, message, null, now);
  }

  /** A 429/503: wait as long as Retry-After asks (the planner bounds it). */
  FeedState rateLimited(FeedState s, FetchOutcome.RateLimited outcome, Instant now) {
    int failures = s.consecutiveFailures() + 1;
    Instant next = planner.afterRateLimit(now, outcome.retryAt(), failures);
    return failure(s, FeedCondition.RATE_LIMITED, outcome.message(), next, now);
  }

  /** A network error, another HTTP error, or a body that is not a feed: exponential backoff. */
  FeedState failed(FeedState s, String message, Instant now) {
    int failures = s.consecutiveFailures() + 1;
    return failure(s, FeedCondition.FAILING, message, planner.afterFailure(now, failures), now);
  }

  private static FeedState failure(
      FeedState s, FeedCondition status, String message, Instant next, Instant now) {
    return new FeedState(
        s.feedKey(),
        s.url(),
        status,
        s.etag(),
        s.lastModified(),
        now,
        s.lastSuccess(),
        s.consecutiveFailures() + 1,
        message,
        next,
        s.movedTo(),
        s.feedTitle(),
        s.feedLink(),
        s.refreshHint());
  }

  /** The newest permanent redirect wins; a fetch from the moved URL keeps the old one. */
  private static URI moved(FeedState s, URI movedNow) {
    return movedNow != null ? movedNow : s.movedTo();
  }
}
