package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;

/** The catalog wired by Spring: properties bound, polling started, events and health. */
class CatalogHealthIndicatorTests {

  @TempDir Path dir;

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(CatalogProperties.class)
  @Import({CatalogService.class, CatalogHealthIndicator.class})
  static class Wiring {
    @Bean
    Listener listener() {
      return new Listener();
    }
  }

  static class Listener {
    final List<CatalogChanged> changes = new CopyOnWriteArrayList<>();

    @EventListener
    void on(CatalogChanged change) {
      changes.add(change);
    }
  }

  ApplicationContextRunner runner(Path file) {
    return new ApplicationContextRunner()
        .withUserConfiguration(Wiring.class)
        .withPropertyValues(
            "partner-digest.feeds-file=" + file, "partner-digest.catalog.reload-interval=100ms");
  }

  @Test
  void isUpWithCountsAndListsTheProblemsOfABadEditByFileNameOnly() throws IOException {
    var file = dir.resolve("feeds.yml");
    Files.writeString(file, CatalogServiceTests.ONE_FEED);
    runner(file)
        .run(
            context -> {
              var health = context.getBean(HealthIndicator.class);
              assertThat(health.health().getStatus()).isEqualTo(Status.UP);
              assertThat(health.health().getDetails())
                  .containsEntry("feeds", 1)
                  .doesNotContainKey("problems");

              CatalogServiceTests.write(file, CatalogServiceTests.BROKEN);

              await()
                  .atMost(Duration.ofSeconds(30))
                  .until(() -> health.health().getDetails().containsKey("problems"));
              assertThat(health.health().getStatus()).isEqualTo(Status.UP);
              assertThat(health.health().getDetails()).containsEntry("feeds", 1);
              assertThat((List<?>) health.health().getDetails().get("problems"))
                  .singleElement()
                  .asString()
                  .isEqualTo(
                      "feeds.yml:5:10: bad url 'ftp://example.com/two': use an http(s) URL or"
                          + " sample:NAME");
            });
  }

  @Test
  void bindsItsPropertiesAndDeliversChangesToListeners() throws IOException {
    var file = dir.resolve("feeds.yml");
    Files.writeString(file, CatalogServiceTests.ONE_FEED);
    runner(file)
        .run(
            context -> {
              assertThat(context.getBean(CatalogService.class).current().feeds()).hasSize(1);

              CatalogServiceTests.write(file, CatalogServiceTests.TWO_FEEDS);

              var listener = context.getBean(Listener.class);
              await().atMost(Duration.ofSeconds(30)).until(() -> listener.changes.size() == 1);
              assertThat(listener.changes.getFirst().current().feeds()).hasSize(2);
            });
  }
}
