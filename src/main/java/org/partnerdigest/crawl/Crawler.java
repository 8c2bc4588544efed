package org.partnerdigest.crawl;

import java.util.List;
import org.partnerdigest.archive.RetentionJob;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.stereotype.Service;

/**
 * Crawls on demand, outside the schedule: {@code crawl --once} and editor actions. Each call
 * fetches every enabled feed of the current catalog once, whatever its due time, waits for all, and
 * then applies retention.
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

  /** One report per crawled feed, in catalog order. */
  public List<CrawlReport> crawlAllOnce() {
    List<CrawlReport> reports = coordinator.crawlAll(catalog.current().feeds());
    retention.purge();
    return reports;
  }
}
