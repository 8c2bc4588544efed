package org.partnerdigest.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdigest.archive.FeedLeases;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.archive.FeedStateStore;
import org.partnerdigest.archive.FeedStatus;
import org.partnerdigest.catalog.FeedSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Decides which feeds to crawl and runs their crawls on virtual threads within the {@link
 * FetchLimits}. A feed is due when it is enabled and its next fetch time has come (a new feed, or
 * one whose URL an editor changed, at once); gone feeds are not polled. Feeds no longer in the
 * catalog are simply never due again; their entries and state stay. With several instances on one
 * PostgreSQL a scheduled crawl runs only under the feed's lease ({@link FeedLeases}), renewed every
 * tick while the fetch lasts and given back when it ends; an editor's "fetch now" and {@code crawl
 * --once} do not wait for leases.
 */
@Component
class CrawlCoordinator implements DisposableBean {

  private static final Logger log = LoggerFactory.getLogger(CrawlCoordinator.class);

  private final FeedCrawl feedCrawl;
  private final FeedLeases leases;
  private final FeedStateStore states;
  private final InstantSource clock;
  private final FetchLimits limits;
  private final Duration jitter;
  private final Duration leaseDuration;
  private final int maxConcurrent;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final Map<String, CompletableFuture<CrawlReport>> running = new ConcurrentHashMap<>();

  CrawlCoordinator(
      FeedCrawl feedCrawl,
      FeedStateStore states,
      FeedLeases leases,
      InstantSource clock,
      CrawlProperties properties) {
    this.feedCrawl = feedCrawl;
    this.leases = leases;
    this.states = states;
    this.clock = clock;
    this.limits =
        new FetchLimits(properties.maxConcurrentFetches(), properties.maxFetchesPerHost());
    this.jitter = properties.fetchJitter();
    this.leaseDuration = properties.leaseDuration();
    this.maxConcurrent = Math.max(1, properties.maxConcurrentFetches());
  }

  /**
   * Starts every due feed that is not already being fetched; the crawls go on in background. With
   * several instances on one database, only the feeds this instance leased start, at most as many
   * as it has free fetch slots, so the instances share the due feeds.
   */
  List<CompletableFuture<CrawlReport>> crawlDue(List<FeedSource> catalogFeeds) {
    Instant now = clock.instant();
    leases.renew(running.keySet(), now, leaseDuration);
    Map<String, FeedState> known = knownStates();
    Map<String, FeedSource> due = new LinkedHashMap<>();
    for (FeedSource source : catalogFeeds) {
      if (source.enabled()
          && feedCrawl.crawlable(source)
          && !limits.busy(source.key())
          && due(source, stateOf(known, source), now)) {
        due.put(source.key(), source);
      }
    }
    if (due.isEmpty()) {
      return List.of();
    }
    int room = Math.max(0, maxConcurrent - running.size());
    Set<String> leased = leases.claim(due.keySet(), room, now, leaseDuration);
    if (leases.shared() && !leased.isEmpty()) {
      // Another instance may have fetched a feed between our read and our lease: ask again.
      known = knownStates();
    }
    List<CompletableFuture<CrawlReport>> started = new ArrayList<>();
    for (String key : leased) {
      FeedSource source = due.get(key);
      FeedState state = stateOf(known, source);
      Optional<CompletableFuture<CrawlReport>> crawl =
          due(source, state, clock.instant()) ? start(source, state) : Optional.empty();
      crawl.ifPresentOrElse(started::add, () -> release(key));
    }
    return started;
  }

  /** Crawls every enabled feed once, whatever its due time, and waits for all ({@code --once}). */
  List<CrawlReport> crawlAll(List<FeedSource> catalogFeeds) {
    Map<String, FeedState> known = knownStates();
    List<CompletableFuture<CrawlReport>> started = new ArrayList<>();
    for (FeedSource source : catalogFeeds) {
      if (source.enabled() && feedCrawl.crawlable(source)) {
        start(source, stateOf(known, source)).ifPresent(started::add);
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

  private static FeedState stateOf(Map<String, FeedState> known, FeedSource source) {
    return known.getOrDefault(source.key(), FeedState.fresh(source.key(), source.url()));
  }

  private Map<String, FeedState> knownStates() {
    return states.all().stream().collect(Collectors.toMap(FeedState::feedKey, Function.identity()));
  }

  private Optional<CompletableFuture<CrawlReport>> start(FeedSource source, FeedState state) {
    if (!limits.claim(source.key())) {
      return Optional.empty();
    }
    CompletableFuture<CrawlReport> crawl;
    try {
      crawl = CompletableFuture.supplyAsync(() -> run(source, state), executor);
    } catch (RejectedExecutionException stopping) {
      limits.release(source.key());
      return Optional.empty();
    }
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
      release(source.key());
    }
  }

  private void release(String feedKey) {
    try {
      leases.release(feedKey);
    } catch (RuntimeException e) {
      // The lease runs out on its own; another instance takes the feed over then.
      log.warn("{}: could not give its lease back: {}", feedKey, e.toString());
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
      executor.awaitTermination(5, TimeUnit.SECONDS);
    }
    // Feeds abandoned here were not recorded; another instance may fetch them at once.
    try {
      leases.releaseAll();
    } catch (RuntimeException e) {
      log.warn("could not give the feed leases back: {}", e.toString());
    }
  }
}
