package org.partnerdigest.catalog;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code catalog} health component. It stays UP when the latest edit of {@code feeds.yml} has
 * errors, because the application keeps serving the last good catalog; the errors are listed under
 * {@code problems} so they are visible at a glance. A problem names the file by its name only:
 * health details must never show where the data lives on disk (issue 7).
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
      health.withDetail("problems", problems.stream().map(CatalogHealthIndicator::shown).toList());
    }
    return health.build();
  }

  /** {@code feeds.yml:5:10: message}, the directory left out wherever the path appears. */
  private static String shown(CatalogProblem problem) {
    String name = fileName(problem.file());
    String message =
        problem.file() == null
            ? problem.message()
            : problem.message().replace(problem.file(), name);
    return new CatalogProblem(name, problem.line(), problem.column(), message).toString();
  }

  private static String fileName(String file) {
    try {
      Path name = file == null ? null : Path.of(file).getFileName();
      return name == null ? "feeds.yml" : name.toString();
    } catch (InvalidPathException e) {
      return "feeds.yml";
    }
  }
}
