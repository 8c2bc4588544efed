package org.partnerdigest.catalog;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.stereotype.Component;

/**
 * The catalog's meters: versions of {@code feeds.yml} loaded or refused since start, and the
 * problems of the latest version (0 when it loaded). README ("Metrics") lists them.
 */
@Component
class CatalogMeters implements MeterBinder {

  private final CatalogService catalogs;

  CatalogMeters(CatalogService catalogs) {
    this.catalogs = catalogs;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("catalog.reloads", catalogs, CatalogService::loads)
        .description("Versions of feeds.yml read since start, by result")
        .tag("result", "loaded")
        .register(registry);
    FunctionCounter.builder("catalog.reloads", catalogs, CatalogService::refusals)
        .description("Versions of feeds.yml read since start, by result")
        .tag("result", "refused")
        .register(registry);
    Gauge.builder("catalog.problems", catalogs, c -> c.problems().size())
        .description("Problems in the latest version of feeds.yml (the last good one is served)")
        .register(registry);
  }
}
