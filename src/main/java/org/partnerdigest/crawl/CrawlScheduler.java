package org.partnerdigest.crawl;

import java.time.Duration;
import org.partnerdigest.archive.RetentionJob;
import org.partnerdigest.catalog.CatalogChanged;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Drives the crawl on a schedule: every {@code tick} the due feeds of the current catalog start,
 * and every {@code retention.interval} the archive is purged. A new catalog starts its due feeds at
 * once (added feeds, changed URLs). Off when {@code partner-digest.crawl.scheduled=false} (tests,
 * {@code crawl --once}).
 */
@Component
@ConditionalOnBooleanProperty(name = "partner-digest.crawl.scheduled", matchIfMissing = true)
class CrawlScheduler implements SchedulingConfigurer {

  private final CatalogService catalog;
  private final CrawlCoordinator coordinator;
  private final RetentionJob retention;
  private final CrawlProperties properties;

  CrawlScheduler(
      CatalogService catalog,
      CrawlCoordinator coordinator,
      RetentionJob retention,
      CrawlProperties properties) {
    this.catalog = catalog;
    this.coordinator = coordinator;
    this.retention = retention;
    this.properties = properties;
  }

  @Override
  public void configureTasks(ScheduledTaskRegistrar tasks) {
    tasks.addFixedDelayTask(this::tick, properties.tick());
    Duration every = retention.interval();
    tasks.addFixedDelayTask(new FixedDelayTask(retention::purge, every, Duration.ofMinutes(1)));
  }

  void tick() {
    CrawlCycleSummary.logWhenDone(coordinator.crawlDue(catalog.current().feeds()));
  }

  @EventListener
  void on(CatalogChanged changed) {
    CrawlCycleSummary.logWhenDone(coordinator.crawlDue(changed.current().feeds()));
  }
}
