package org.partnerdigest.crawl;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Objects;
import java.util.Optional;
import org.partnerdigest.archive.EntryStore;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.archive.StoreResult;
import org.partnerdigest.catalog.BundledSamples;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.content.FeedDocument;
import org.partnerdigest.content.FeedParseException;
import org.partnerdigest.content.FeedParser;
import org.partnerdigest.content.ParsedFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Crawls one feed once: fetch (or read the bundled sample), parse, store entries and the new state
 * in one transaction, or store only the state. Every path ends in a {@link CrawlReport}; nothing is
 * thrown. Logs one line per fetch at debug; a failing feed logs a WARN only when its status or
 * error changes, so an offline machine is not flooded. Counts each fetch in {@link CrawlMetrics}.
 */
@Component
class FeedCrawl {

  private static final Logger log = LoggerFactory.getLogger(FeedCrawl.class);

  private final FeedFetcher fetcher;
  private final FeedParser parser;
  private final Optional<SampleDocuments> samples;
  private final FeedStateTransitions transitions;
  private final EntryStore store;
  private final InstantSource clock;
  private final CrawlMetrics metrics;

  FeedCrawl(
      FeedFetcher fetcher,
      RefreshPlanner planner,
      Optional<SampleDocuments> samples,
      EntryStore store,
      InstantSource clock) {
    this(fetcher, planner, samples, store, clock, CrawlMetrics.unobserved());
  }

  @Autowired
  FeedCrawl(
      FeedFetcher fetcher,
      RefreshPlanner planner,
      Optional<SampleDocuments> samples,
      EntryStore store,
      InstantSource clock,
      CrawlMetrics metrics) {
    this.metrics = metrics;
    this.fetcher = fetcher;
    this.parser = new FeedParser();
    this.samples = samples;
    this.transitions = new FeedStateTransitions(planner);
    this.store = store;
    this.clock = clock;
  }

  /** True when this feed can be crawled at all (a {@code sample:} feed needs samples enabled). */
  boolean crawlable(FeedSource source) {
    return !BundledSamples.isSample(source.url()) || samples.isPresent();
  }

  CrawlReport crawl(FeedSource source, FeedState state) {
    long start = System.nanoTime();
    FeedState before = state.url().equals(source.url()) ? state : state.movedByEditor(source.url());
    CrawlReport report;
    try {
      FetchOutcome outcome = fetch(before);
      if (Thread.currentThread().isInterrupted()) {
        // Stopping: the fetch was cut short, which says nothing about the feed. Nothing is
        // recorded, so the feed stays due (for another instance, or this one after a restart).
        return new CrawlReport(
            before.feedKey(),
            before.status(),
            0,
            0,
            Duration.ofNanos(System.nanoTime() - start),
            "abandoned at shutdown");
      }
      report = record(source, before, outcome, start);
    } catch (RuntimeException e) {
      // A bug or the database failing must not stop the loop; the feed is retried with backoff.
      report = recordFailure(before, "internal error: " + e, start);
    }
    return report;
  }

  private FetchOutcome fetch(FeedState state) {
    long start = System.nanoTime();
    FetchOutcome outcome = fetchOrRead(state);
    metrics.fetched(outcome, Duration.ofNanos(System.nanoTime() - start));
    return outcome;
  }

  private FetchOutcome fetchOrRead(FeedState state) {
    if (BundledSamples.isSample(state.url())) {
      return samples
          .map(s -> s.read(state.url()))
          .orElseGet(() -> new FetchOutcome.Failed("bundled samples are disabled"));
    }
    return fetcher.fetch(
        state.fetchUrl(), state.validators().etag(), state.validators().lastModified());
  }

  private CrawlReport record(FeedSource source, FeedState before, FetchOutcome outcome, long t0) {
    Instant now = clock.instant();
    return switch (outcome) {
      case FetchOutcome.Fetched fetched -> stored(source, before, fetched, t0);
      case FetchOutcome.NotModified nm ->
          saved(
              before,
              transitions.notModified(before, source, nm, store.recentPublished(before), now),
              t0);
      case FetchOutcome.Gone gone ->
          saved(before, transitions.gone(before, gone.message(), now), t0);
      case FetchOutcome.RateLimited limited ->
          saved(before, transitions.rateLimited(before, limited, now), t0);
      case FetchOutcome.Failed failed -> recordFailure(before, failed.message(), t0);
    };
  }

  private CrawlReport stored(
      FeedSource source, FeedState before, FetchOutcome.Fetched fetched, long t0) {
    ParsedFeed feed;
    try {
      feed =
          parser.parse(
              new FeedDocument(
                  fetched.body(),
                  fetched.contentType(),
                  fetched.finalUrl(),
                  source.key(),
                  fetched.contentLanguage(),
                  fetched.contentLocation()));
    } catch (FeedParseException e) {
      return recordFailure(before, e.getMessage(), t0);
    }
    Instant now = clock.instant();
    FeedState after = transitions.parsed(before, source, fetched, feed, now);
    StoreResult result = store.storeFetched(after, feed.entries(), now);
    metrics.stored(result);
    CrawlReport report = report(after, result, t0);
    logResult(before, after, report);
    return report;
  }

  private CrawlReport recordFailure(FeedState before, String message, long t0) {
    FeedState after = transitions.failed(before, message, clock.instant());
    try {
      return saved(before, after, t0);
    } catch (RuntimeException e) {
      log.warn("{}: could not save feed state: {}", before.feedKey(), e.toString());
      return report(after, StoreResult.NOTHING, t0);
    }
  }

  private CrawlReport saved(FeedState before, FeedState after, long t0) {
    store.saveState(after);
    CrawlReport report = report(after, StoreResult.NOTHING, t0);
    logResult(before, after, report);
    return report;
  }

  private CrawlReport report(FeedState after, StoreResult result, long t0) {
    return new CrawlReport(
        after.feedKey(),
        after.status(),
        result.added(),
        result.changed(),
        Duration.ofNanos(System.nanoTime() - t0),
        after.lastError());
  }

  private static void logResult(FeedState before, FeedState after, CrawlReport report) {
    if (after.movedTo() != null && !Objects.equals(after.movedTo(), before.movedTo())) {
      log.warn(
          "{}: moved permanently to {}; update its url in feeds.yml",
          after.feedKey(),
          after.movedTo());
    }
    if (report.failed()) {
      boolean changed =
          before.status() != after.status() || !Objects.equals(before.lastError(), report.error());
      if (changed) {
        log.warn("{}; next try at {}", report, after.nextFetch());
      } else if (log.isDebugEnabled()) {
        log.debug(
            "{}; still failing ({} in a row)", report, after.attempts().consecutiveFailures());
      }
    } else {
      // one line per fetch at debug; each crawl cycle's summary is at info (CrawlCycleSummary)
      log.debug("{}", report);
    }
  }
}
