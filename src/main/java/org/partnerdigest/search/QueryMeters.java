package org.partnerdigest.search;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * The meters of searches people ask (the search page, {@code /api/search}): their latency as a
 * histogram by outcome, and the searches that found nothing. README ("Metrics") lists them.
 */
final class QueryMeters {

  private static final Duration[] BUCKETS =
      Stream.of(5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000)
          .map(Duration::ofMillis)
          .toArray(Duration[]::new);

  private final MeterRegistry registry;
  private final Counter zeroResults;

  QueryMeters(MeterRegistry registry) {
    this.registry = registry;
    this.zeroResults =
        Counter.builder("search.zero.results")
            .description("Searches people asked (first page) that found nothing")
            .register(registry);
  }

  /** Meters nobody reads, for a service wired by hand (tests, the command line). */
  static QueryMeters unobserved() {
    return new QueryMeters(new SimpleMeterRegistry());
  }

  /**
   * Records one search.
   *
   * @param outcome {@code found}, {@code none} or {@code error} (refused or failed): a closed set
   */
  void searched(String outcome, Duration took, boolean firstPage) {
    Timer.builder("search.requests")
        .description("Latency of searches people asked, by outcome")
        .tag("outcome", outcome)
        // a few buckets around the 500 ms query budget rather than Micrometer's ~70 by default
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(took);
    if (firstPage && "none".equals(outcome)) {
      zeroResults.increment();
    }
  }
}
