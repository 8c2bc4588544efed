package org.partnerdigest.search;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code searchIndex} health component, part of the readiness group: {@code OUT_OF_SERVICE}
 * until the live index has opened (searches would answer 503) and after it has closed at shutdown.
 * An index that lags the archive is still ready; the lag is a metric ({@link IndexMeters}).
 */
@Component
class SearchIndexHealthIndicator implements HealthIndicator {

  private final SearchIndex index;

  SearchIndexHealthIndicator(SearchIndex index) {
    this.index = index;
  }

  @Override
  public Health health() {
    if (!index.isOpen()) {
      return Health.outOfService().withDetail("index", "not open").build();
    }
    return Health.up().withDetail("documents", index.documentCount()).build();
  }
}
