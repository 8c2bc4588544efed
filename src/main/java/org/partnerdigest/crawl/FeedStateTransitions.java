package org.partnerdigest.crawl;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.archive.FeedStatus;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.content.ParsedFeed;

/**
 * The crawl's policy for what a fetch outcome does to a feed's state: which status, and when the
 * feed is due next (by the {@link RefreshPlanner}). Pure; time is passed in.
 */
class FeedStateTransitions {

  private final RefreshPlanner planner;

  FeedStateTransitions(RefreshPlanner planner) {
    this.planner = planner;
  }

  /** A 200 whose body parsed: new validators, a permanent redirect remembered. */
  FeedState parsed(
      FeedState s, FeedSource source, FetchOutcome.Fetched fetched, ParsedFeed feed, Instant now) {
    List<Instant> published =
        feed.entries().stream().map(e -> e.published()).filter(Objects::nonNull).toList();
    FeedState.SelfDescription self =
        feed.feed() == null
            ? s.self()
            : new FeedState.SelfDescription(feed.feed().title(), feed.feed().link());
    return s.succeeded(
        FeedStatus.OK,
        new FeedState.Validators(fetched.etag(), fetched.lastModified()),
        now,
        new FeedState.Schedule(
            planner.afterSuccess(now, source.refresh(), feed.refreshHint(), published),
            feed.refreshHint()),
        fetched.movedTo(),
        self);
  }

  /** A 304: nothing to store, only the times move on. */
  FeedState notModified(
      FeedState s,
      FeedSource source,
      FetchOutcome.NotModified outcome,
      List<Instant> recentPublished,
      Instant now) {
    var hint = s.schedule().refreshHint();
    return s.succeeded(
        FeedStatus.NOT_MODIFIED,
        s.validators(),
        now,
        new FeedState.Schedule(
            planner.afterSuccess(now, source.refresh(), hint, recentPublished), hint),
        outcome.movedTo(),
        s.self());
  }

  /** A 410: no more polling until an editor changes the URL. */
  FeedState gone(FeedState s, String message, Instant now) {
    return s.failed(FeedStatus.GONE, message, now, null);
  }

  /** A 429/503: wait as long as Retry-After asks (the planner bounds it). */
  FeedState rateLimited(FeedState s, FetchOutcome.RateLimited outcome, Instant now) {
    int failures = s.attempts().consecutiveFailures() + 1;
    Instant next = planner.afterRateLimit(now, outcome.retryAt(), failures);
    return s.failed(FeedStatus.RATE_LIMITED, outcome.message(), now, next);
  }

  /** A network error, another HTTP error, or a body that is not a feed: exponential backoff. */
  FeedState failed(FeedState s, String message, Instant now) {
    int failures = s.attempts().consecutiveFailures() + 1;
    return s.failed(FeedStatus.FAILING, message, now, planner.afterFailure(now, failures));
  }
}
