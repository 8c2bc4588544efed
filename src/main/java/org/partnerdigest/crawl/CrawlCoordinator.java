package org.partnerdigest.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.archive.FeedStateStore;
import org.partnerdigest.archive.FeedStatus;
import org.partnerdigest.catalog.FeedSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Decides which feeds to crawl and runs their crawls on virtual threads within the {@link
 * FetchLimits}. A feed is due when it is enabled and its next fetch time has come (a new feed, or
 * one whose URL an editor changed, at once); gone feeds are not polled. Feeds no longer in the
 * catalog are simply never due again; their entries and state stay.
 */
@Component
class CrawlCoordinator implements DisposableBean {

  private final FeedCrawl feedCrawl;
  private final FeedStateStore states;
  private final InstantSource clock;
  private final FetchLimits limits;
  private final Duration jitter;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, CompletableFuture<CrawlReport>> running = new ConcurrentHashMap<>();

  CrawlCoordinator(
      FeedCrawl feedCrawl, FeedStateStore states, InstantSource clock, CrawlProperties properties) {
    this.feedCrawl = feedCrawl;
    this.states = states;
    this.clock = clock;
    this.limits =
        new FetchLimits(properties.maxConcurrentFetches(), properties.maxFetchesPerHost());
    this.jitter = properties.fetchJitter();
  }

  /** Starts every due feed that is not already being fetched; the crawls go on in background. */
  List<CompletableFuture<CrawlReport>> crawlDue(List<FeedSource> catalogFeeds) {
    Instant now = clock.instant();
    Map<String, FeedState> known = knownStates();
    List<CompletableFuture<CrawlReport>> started = new ArrayList<>();
    for (FeedSource source : catalogFeeds) {
      FeedState state =
          known.getOrDefault(source.key(), FeedState.fresh(source.key(), source.url()));
      if (source.enabled() && feedCrawl.crawlable(source) && due(source, state, now)) {
        start(source, state).ifPresent(started::add);
      }
    }
    return started;
  }

  /** Crawls every enabled feed once, whatever its due time, and waits for all ({@code --once}). */
  List<CrawlReport> crawlAll(List<FeedSource> catalogFeeds) {
    Map<String, FeedState> known = knownStates();
    List<CompletableFuture<CrawlReport>> started = new ArrayList<>();
    for (FeedSource source : catalogFeeds) {
      if (source.enabled() && feedCrawl.crawlable(source)) {
        FeedState state =
            known.getOrDefault(source.key(), FeedState.fresh(source.key(), source.url()));
        start(source, state).ifPresent(started::add);
      }
    }
    return started.stream().map(CompletableFuture::join).toList();
  }

  /** True when the feed can be crawled at all (a {@code sample:} feed needs samples enabled). */
  boolean crawlable(FeedSource source) {
    return feedCrawl.crawlable(source);
  }

  /**
   * Crawls one feed now, whatever its due time (an editor's "fetch now"), and waits for it. When
   * the feed is already being fetched, that fetch's report is the answer: a feed is never fetched
   * twice at the same time.
   */
  CrawlReport crawlNow(FeedSource source) {
    while (true) {
      FeedState state =
          states.find(source.key()).orElseGet(() -> FeedState.fresh(source.key(), source.url()));
      Optional<CompletableFuture<CrawlReport>> started = start(source, state);
      if (started.isPresent()) {
        return started.get().join();
      }
      CompletableFuture<CrawlReport> inFlight = running.get(source.key());
      if (inFlight != null) {
        return inFlight.join();
      }
      Thread.onSpinWait(); // claimed but not yet registered, or just finishing
    }
  }

  private static boolean due(FeedSource source, FeedState state, Instant now) {
    if (!state.url().equals(source.url())) {
      return true;
    }
    if (state.status() == FeedStatus.GONE) {
      return false;
    }
    return state.nextFetch() == null || !state.nextFetch().isAfter(now);
  }

  private Map<String, FeedState> knownStates() {
    return states.all().stream().collect(Collectors.toMap(FeedState::feedKey, Function.identity()));
  }

  private Optional<CompletableFuture<CrawlReport>> start(FeedSource source, FeedState state) {
    if (!limits.claim(source.key())) {
      return Optional.empty();
    }
    CompletableFuture<CrawlReport> crawl =
        CompletableFuture.supplyAsync(() -> run(source, state), executor);
    running.put(source.key(), crawl);
    crawl.whenComplete((report, failure) -> running.remove(source.key(), crawl));
    return Optional.of(crawl);
  }

  private CrawlReport run(FeedSource source, FeedState state) {
    try {
      pause();
      URI target = state.url().equals(source.url()) ? state.fetchUrl() : source.url();
      return limits.within(target, () -> feedCrawl.crawl(source, state));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new CrawlReport(
          source.key(), state.status(), 0, 0, Duration.ZERO, "interrupted at shutdown");
    } finally {
      limits.release(source.key());
    }
  }

  /** A small random delay so feeds due together do not hit their servers in the same instant. */
  private void pause() throws InterruptedException {
    if (jitter.isPositive()) {
      Thread.sleep(ThreadLocalRandom.current().nextLong(jitter.toMillis() + 1));
    }
  }

  @Override
  public void destroy() throws InterruptedException {
    executor.shutdown();
    if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
      executor.shutdownNow();
    }
  }
}
