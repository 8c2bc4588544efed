package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogServiceTests {

  static final String ONE_FEED =
      """
      feeds:
        - key: one
          url: https://example.com/one
      """;
  static final String TWO_FEEDS = ONE_FEED + "  - key: two\n    url: https://example.com/two\n";
  static final String BROKEN = ONE_FEED + "  - key: two\n    url: ftp://example.com/two\n";

  @TempDir Path dir;
  final List<Object> events = new CopyOnWriteArrayList<>();
  CatalogService service;

  CatalogService start(Path file) {
    var properties =
        new CatalogProperties(
            file, dir.resolve("data"), new CatalogProperties.Settings(Duration.ofMillis(50), 50));
    service = new CatalogService(properties, events::add);
    service.start();
    return service;
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.stop();
    }
  }

  /**
   * Replaces the file at once, as editors, git and the admin pages do; a file rewritten in place
   * could be read half written on a busy machine and load as a catalog of its first lines.
   */
  static void write(Path file, String text) throws IOException {
    Path next = file.resolveSibling(file.getFileName() + ".next");
    Files.writeString(next, text);
    Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static List<String> keys(Catalog catalog) {
    return catalog.feeds().stream().map(FeedSource::key).toList();
  }

  @Test
  void loadsTheFileAtStartWithoutAnEvent() throws IOException {
    var file = dir.resolve("feeds.yml");
    write(file, ONE_FEED);

    start(file);

    assertThat(keys(service.current())).containsExactly("one");
    assertThat(service.problems()).isEmpty();
    assertThat(events).isEmpty();
  }

  @Test
  void appliesAnEditWithinSecondsAndPublishesTheChange() throws IOException {
    var file = dir.resolve("feeds.yml");
    write(file, ONE_FEED);
    start(file);
    var before = service.current();

    write(file, TWO_FEEDS);

    await().atMost(Duration.ofSeconds(30)).until(() -> keys(service.current()).size() == 2);
    await().atMost(Duration.ofSeconds(30)).until(() -> !events.isEmpty());
    assertThat(events).containsExactly(new CatalogChanged(before, service.current()));
  }

  @Test
  void noticesAnEditorReplacingTheFileByRename() throws IOException {
    var file = dir.resolve("feeds.yml");
    write(file, ONE_FEED);
    start(file);

    var swap = dir.resolve(".feeds.yml.swp");
    write(swap, TWO_FEEDS);
    Files.move(swap, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);

    await().atMost(Duration.ofSeconds(30)).until(() -> keys(service.current()).size() == 2);
  }

  @Test
  void noticesAChangeThatKeepsSizeAndModificationTime() throws IOException {
    var file = dir.resolve("feeds.yml");
    write(file, ONE_FEED);
    var modified = Files.getLastModifiedTime(file);
    start(file);

    write(file, ONE_FEED.replace("one", "two"));
    Files.setLastModifiedTime(file, modified);

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> keys(service.current()).equals(List.of("two")));
  }

  @Test
  void publishesNothingWhenOnlyCommentsChange() throws IOException {
    var file = dir.resolve("feeds.yml");
    write(file, ONE_FEED);
    var properties =
        new CatalogProperties(
            file, dir.resolve("data"), new CatalogProperties.Settings(Duration.ofHours(1), 50));
    service = new CatalogService(properties, events::add);

    write(file, "# a comment\n" + ONE_FEED);
    service.reloadIfChanged();
    service.reloadIfChanged();
    assertThat(events).isEmpty();

    write(file, TWO_FEEDS);
    service.reloadIfChanged();
    service.reloadIfChanged();
    assertThat(events).hasSize(1);
  }

  @Test
  void appliesAContentOnlyOnceItReadsTheSameTwice() throws IOException {
    var file = dir.resolve("feeds.yml");
    write(file, ONE_FEED);
    var properties =
        new CatalogProperties(
            file, dir.resolve("data"), new CatalogProperties.Settings(Duration.ofHours(1), 50));
    service = new CatalogService(properties, events::add);
    var before = service.current();

    write(file, ""); // an editor truncating the file before writing it again
    service.reloadIfChanged();
    write(file, TWO_FEEDS);
    service.reloadIfChanged();
    assertThat(keys(service.current())).containsExactly("one");

    service.reloadIfChanged();

    assertThat(keys(service.current())).containsExactly("one", "two");
    assertThat(events).containsExactly(new CatalogChanged(before, service.current()));
  }

  @Nested
  class BadEdits {

    @Test
    void keepsTheLastGoodCatalogAndExposesTheProblems() throws IOException {
      var file = dir.resolve("feeds.yml");
      write(file, ONE_FEED);
      start(file);

      write(file, BROKEN);

      await().atMost(Duration.ofSeconds(30)).until(() -> !service.problems().isEmpty());
      assertThat(service.problems())
          .extracting(CatalogProblem::toString)
          .containsExactly(
              file.normalize()
                  + ":5:10: bad url 'ftp://example.com/two': use an http(s) URL or sample:NAME");
      assertThat(keys(service.current())).containsExactly("one");
      assertThat(events).isEmpty();
    }

    @Test
    void clearsTheProblemsWhenTheFileIsFixed() throws IOException {
      var file = dir.resolve("feeds.yml");
      write(file, ONE_FEED);
      start(file);
      write(file, BROKEN);
      await().atMost(Duration.ofSeconds(30)).until(() -> !service.problems().isEmpty());

      write(file, TWO_FEEDS);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> service.problems().isEmpty() && !events.isEmpty());
      assertThat(keys(service.current())).containsExactly("one", "two");
      assertThat(events).hasSize(1);
    }

    @Test
    void keepsTheLastGoodCatalogWhenTheFileDisappears() throws IOException {
      var file = dir.resolve("feeds.yml");
      write(file, ONE_FEED);
      start(file);

      Files.delete(file);

      await().atMost(Duration.ofSeconds(30)).until(() -> !service.problems().isEmpty());
      assertThat(service.problems())
          .extracting(CatalogProblem::message)
          .containsExactly("file not found");
      assertThat(keys(service.current())).containsExactly("one");
    }

    @Test
    void startsEmptyWhenTheFileIsMissingAndLoadsItOnceCreated() throws IOException {
      var file = dir.resolve("feeds.yml");

      start(file);

      assertThat(service.current()).isEqualTo(Catalog.empty());
      assertThat(service.problems())
          .extracting(CatalogProblem::message)
          .containsExactly("file not found");

      write(file, ONE_FEED);

      // The new catalog becomes current just before its event is published: wait for both.
      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> service.problems().isEmpty() && !events.isEmpty());
      assertThat(keys(service.current())).containsExactly("one");
      assertThat(events).containsExactly(new CatalogChanged(Catalog.empty(), service.current()));
    }

    @Test
    void startsEmptyWithProblemsWhenTheFileIsBrokenAtStart() throws IOException {
      var file = dir.resolve("feeds.yml");
      write(file, BROKEN);

      start(file);

      assertThat(service.current()).isEqualTo(Catalog.empty());
      assertThat(service.problems()).hasSize(1);
    }

    @Test
    void keepsPollingWhenAListenerFails() throws IOException {
      var file = dir.resolve("feeds.yml");
      write(file, ONE_FEED);
      var properties =
          new CatalogProperties(
              file, dir.resolve("data"), new CatalogProperties.Settings(Duration.ofMillis(50), 50));
      service =
          new CatalogService(
              properties,
              event -> {
                events.add(event);
                throw new IllegalStateException("listener broke");
              });
      service.start();

      write(file, TWO_FEEDS);
      await().atMost(Duration.ofSeconds(30)).until(() -> events.size() == 1);
      write(file, ONE_FEED);

      await().atMost(Duration.ofSeconds(30)).until(() -> events.size() == 2);
    }
  }
}
