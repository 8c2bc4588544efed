package org.partnerdigest.crawl;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.partnerdigest.archive.FeedDirectory;
import org.partnerdigest.archive.FeedHealth;
import org.partnerdigest.archive.FeedStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The {@code crawl} health component: how many enabled feeds were last fetched fine, are failing
 * (failing or gone) or were not fetched yet, as {@link FeedDirectory} shows them per feed. It
 * reports {@code WARNING} when at least half of the enabled feeds, and at least {@value
 * #MIN_FAILING} of them, fail at once: that points at our network, proxy or DNS rather than at the
 * feeds. A warning is not an outage, the site keeps serving what it has (HTTP 200, see {@code
 * management.endpoint.health.status} in application.yml).
 */
@Component
class CrawlHealthIndicator implements HealthIndicator {

  static final Status WARNING = new Status("WARNING");

  /** Fewer failing feeds than this never warn: on a tiny catalog one bad feed would be half. */
  static final int MIN_FAILING = 3;

  private static final Set<FeedStatus> FAILED = EnumSet.of(FeedStatus.FAILING, FeedStatus.GONE);

  private final Supplier<List<FeedHealth>> feeds;

  @Autowired
  CrawlHealthIndicator(FeedDirectory directory) {
    this(directory::all);
  }

  CrawlHealthIndicator(Supplier<List<FeedHealth>> feeds) {
    this.feeds = feeds;
  }

  @Override
  public Health health() {
    Map<FeedStatus, Long> counts =
        feeds.get().stream()
            .filter(feed -> feed.profile().source().enabled())
            .collect(Collectors.groupingBy(FeedHealth::status, Collectors.counting()));
    long enabled = counts.values().stream().mapToLong(Long::longValue).sum();
    long failing = FAILED.stream().mapToLong(c -> counts.getOrDefault(c, 0L)).sum();
    long notFetched = counts.getOrDefault(FeedStatus.NEW, 0L);
    boolean mostFail = failing >= MIN_FAILING && failing * 2 >= enabled;
    return Health.status(mostFail ? WARNING : Status.UP)
        .withDetail("enabledFeeds", enabled)
        .withDetail("fetchedFine", enabled - failing - notFetched)
        .withDetail("failing", failing)
        .withDetail("notFetchedYet", notFetched)
        .build();
  }
}
