package org.partnerdigest.crawl;

import java.util.List;
import java.util.Optional;
import org.partnerdigest.archive.RetentionJob;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedSource;
import org.springframework.stereotype.Service;

/**
 * Crawls on demand, outside the schedule: {@code crawl --once} fetches every enabled feed of the
 * current catalog once, whatever its due time, waits for all, and then applies retention; an
 * editor's "fetch now" crawls one feed and waits for it.
 */
@Service
public class Crawler {

  private final CatalogService catalog;
  private final CrawlCoordinator coordinator;
  private final RetentionJob retention;

  Crawler(CatalogService catalog, CrawlCoordinator coordinator, RetentionJob retention) {
    this.catalog = catalog;
    this.coordinator = coordinator;
    this.retention = retention;
  }

  /**
   * Crawls one feed of the current catalog now, whatever its due time, and waits for the outcome
   * (an editor's "fetch now"). Empty when the catalog does not list the key, the feed is paused
   * ({@code enabled: false}) or it cannot be crawled (a {@code sample:} feed with samples off).
   */
  public Optional<CrawlReport> crawlNow(String feedKey) {
    return catalog
        .current()
        .feed(feedKey)
        .filter(FeedSource::enabled)
        .filter(coordinator::crawlable)
        .map(coordinator::crawlNow);
  }

  /** One report per crawled feed, in catalog order. */
  public List<CrawlReport> crawlAllOnce() {
    List<CrawlReport> reports = coordinator.crawlAll(catalog.current().feeds());
    retention.purge();
    return reports;
  }
}
