package org.partnerdigest.catalog;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code catalog} health component. It stays UP when the latest edit of {@code feeds.yml} has
 * errors, because the application keeps serving the last good catalog; the errors are listed under
 * {@code problems} so they are visible at a glance.
 */
@Component
class CatalogHealthIndicator implements HealthIndicator {

  private final CatalogService catalogs;

  CatalogHealthIndicator(CatalogService catalogs) {
    this.catalogs = catalogs;
  }

  @Override
  public Health health() {
    var catalog = catalogs.current();
    var health =
        Health.up()
            .withDetail("feeds", catalog.feeds().size())
            .withDetail(
                "enabledFeeds", catalog.feeds().stream().filter(FeedSource::enabled).count())
            .withDetail("groups", catalog.groups().size())
            .withDetail("topics", catalog.topics().size())
            .withDetail("synonymSets", catalog.synonyms().size());
    var problems = catalogs.problems();
    if (!problems.isEmpty()) {
      health.withDetail("problems", problems.stream().map(CatalogProblem::toString).toList());
    }
    return health.build();
  }
}
