package org.partnerdigest.crawl;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.partnerdigest.archive.StoreResult;
import org.springframework.stereotype.Component;

/**
 * The crawl's meters on {@code /actuator/prometheus}: fetches by outcome with their duration, the
 * bytes of fetched bodies, the entries stored. README ("Metrics") lists them.
 */
@Component
class CrawlMetrics {

  private final MeterRegistry registry;
  private final DistributionSummary bytes;
  private final Counter added;
  private final Counter changed;

  CrawlMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.bytes =
        DistributionSummary.builder("crawl.fetch.bytes")
            .description("Bytes of fetched feed bodies (decoded)")
            .baseUnit("bytes")
            .register(registry);
    this.added = stored("added");
    this.changed = stored("changed");
  }

  /** Meters nobody reads, for crawls wired by hand (tests, the command line). */
  static CrawlMetrics unobserved() {
    return new CrawlMetrics(new SimpleMeterRegistry());
  }

  void fetched(FetchOutcome outcome, Duration took) {
    String name = outcomeName(outcome);
    Counter.builder("crawl.fetches")
        .description("Feed fetches by outcome")
        .tag("outcome", name)
        .register(registry)
        .increment();
    Timer.builder("crawl.fetch.duration")
        .description("Time from request to the whole body, per fetch")
        .tag("outcome", name)
        .register(registry)
        .record(took);
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      bytes.record(fetched.body().length);
    }
  }

  void stored(StoreResult result) {
    added.increment(result.added());
    changed.increment(result.changed());
  }

  /** The {@code outcome} tag: one of a closed set, never a message (bounded cardinality). */
  static String outcomeName(FetchOutcome outcome) {
    return switch (outcome) {
      case FetchOutcome.Fetched f -> "fetched";
      case FetchOutcome.NotModified n -> "not_modified";
      case FetchOutcome.Gone g -> "gone";
      case FetchOutcome.RateLimited r -> "rate_limited";
      case FetchOutcome.Failed f -> "failed";
    };
  }

  private Counter stored(String change) {
    return Counter.builder("crawl.entries.stored")
        .description("Entries written to the archive by crawls: new ones and changed ones")
        .tag("change", change)
        .register(registry);
  }
}
