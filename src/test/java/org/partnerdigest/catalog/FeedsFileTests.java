package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.catalog.CatalogEdit.FeedFields;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

/** Reviewing, saving and restoring browser edits of a real feeds.yml in a temporary folder. */
class FeedsFileTests {

  static final Instant NOW = Instant.parse("2026-12-03T08:40:52.123Z");

  @TempDir Path dir;
  Path file;
  final List<Object> events = new CopyOnWriteArrayList<>();
  CatalogService catalog;
  FeedsFile feeds;

  @BeforeEach
  void open() throws IOException {
    file = dir.resolve("feeds.yml");
    Files.writeString(file, FeedsFileEditorTests.FILE);
    feeds = feedsFile(50);
  }

  FeedsFile feedsFile(int historySize) {
    var properties =
        new CatalogProperties(
            file,
            dir.resolve("data"),
            new CatalogProperties.Settings(Duration.ofHours(1), historySize));
    catalog = new CatalogService(properties, events::add);
    var beans = new DefaultListableBeanFactory();
    beans.registerSingleton("clock", InstantSource.fixed(NOW));
    return new FeedsFile(properties, catalog, beans.getBeanProvider(InstantSource.class));
  }

  static CatalogEdit add(String key, String url, String group, String refresh) {
    return new CatalogEdit.AddFeed(new FeedFields(key, url, "", group, List.of(), true, refresh));
  }

  String version() {
    return feeds.read().version();
  }

  @Test
  void reviewShowsTheDiffAndWritesNothing() throws IOException {
    var outcome = feeds.review(version(), add("new", "https://new.example/feed", "", ""));

    assertThat(outcome)
        .isEqualTo(
            new EditOutcome.Ready(
                "add feed 'new' (https://new.example/feed)",
                List.of(
                    "--- a/feeds.yml",
                    "+++ b/feeds.yml",
                    "@@ -29,6 +29,8 @@",
                    "     url: https://sam.example.net/feed/",
                    "     title: Sam on licensing",
                    "     enabled: false",
                    "+  - key: new",
                    "+    url: https://new.example/feed",
                    " ",
                    " # Topics tag entries by query.",
                    " topics:")));
    assertThat(Files.readString(file)).isEqualTo(FeedsFileEditorTests.FILE);
    assertThat(feeds.history()).isEmpty();
  }

  @Test
  void saveWritesTheFileKeepsThePreviousVersionAndAppliesAtOnce() throws IOException {
    var outcome = feeds.save(version(), add("new", "https://new.example/feed", "", ""));

    assertThat(outcome).isInstanceOf(EditOutcome.Saved.class);
    assertThat(Files.readString(file))
        .isEqualTo(
            FeedsFileEditorTests.FILE.replace(
                "    enabled: false\n",
                "    enabled: false\n  - key: new\n    url: https://new.example/feed\n"));
    assertThat(catalog.current().feed("new")).isPresent();
    assertThat(events).singleElement().isInstanceOf(CatalogChanged.class);
    assertThat(feeds.history())
        .singleElement()
        .satisfies(v -> assertThat(v.name()).isEqualTo("feeds-20261203T084052.123Z.yml"))
        .satisfies(v -> assertThat(v.replacedAt()).isEqualTo(NOW));
    assertThat(feeds.savedVersion("feeds-20261203T084052.123Z.yml"))
        .contains(FeedsFileEditorTests.FILE);
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("feeds.yml", "data");
    }
  }

  @Test
  void restoresAKeptVersionAndKeepsTheOneItReplaces() throws IOException {
    feeds.save(version(), add("new", "https://new.example/feed", "", ""));
    String kept = feeds.history().getFirst().name();

    var outcome = feeds.restore(version(), kept);

    assertThat(outcome).isInstanceOf(EditOutcome.Saved.class);
    assertThat(Files.readString(file)).isEqualTo(FeedsFileEditorTests.FILE);
    assertThat(catalog.current().feed("new")).isEmpty();
    assertThat(feeds.history()).hasSize(2);
  }

  @Test
  void keepsOnlyTheNewestVersions() {
    feeds = feedsFile(2);
    for (String key : List.of("a", "b", "c", "d")) {
      feeds.save(version(), add(key, "https://" + key + ".example/", "", ""));
    }

    assertThat(feeds.history())
        .extracting(SavedVersion::name)
        .containsExactly("feeds-20261203T084052.126Z.yml", "feeds-20261203T084052.125Z.yml");
  }

  @Nested
  class Refusals {

    @Test
    void aChangeOnDiskSinceThePageWasOpened() throws IOException {
      String opened = version();
      Files.writeString(file, FeedsFileEditorTests.FILE + "# an edit by hand\n");

      var outcome = feeds.save(opened, add("new", "https://new.example/feed", "", ""));

      assertThat(outcome).isEqualTo(new EditOutcome.Stale(FeedsFile.STALE));
      assertThat(Files.readString(file)).endsWith("# an edit by hand\n");
    }

    @Test
    void anInvalidChangeWithLineAndColumn() throws IOException {
      assertThat(problems(add("x", "https://x.example/", "nobody", "")))
          .containsExactly(
              "feeds.yml:34:12: unknown group 'nobody'; known groups: official, community");
      assertThat(problems(add("jane", "https://x.example/", "", "")))
          .containsExactly("feeds.yml:32:10: duplicate feed key 'jane' (first at line 22)");
      assertThat(problems(add("x", "https://JANE.example.org/rss", "", "")))
          .containsExactly(
              "feeds.yml:33:10: duplicate url 'https://JANE.example.org/rss' (first at line 23)");
      assertThat(problems(add("x", "https://x.example/", "", "soon")))
          .containsExactly(
              "feeds.yml:34:14: bad duration 'soon' for 'refresh': use "
                  + RefreshDuration.EXAMPLES);
      assertThat(problems(add("x", "not a url", "", "")))
          .singleElement()
          .asString()
          .startsWith("feeds.yml:33:10: bad url 'not a url'");
      assertThat(problems(add("Bad Key", "https://x.example/", "", "")))
          .singleElement()
          .asString()
          .startsWith("feeds.yml:32:10: bad key 'Bad Key'");
      assertThat(Files.readString(file)).isEqualTo(FeedsFileEditorTests.FILE);
    }

    private List<String> problems(CatalogEdit edit) {
      var outcome = feeds.save(version(), edit);
      assertThat(outcome).isInstanceOf(EditOutcome.Invalid.class);
      return ((EditOutcome.Invalid) outcome).problems().stream().map(Object::toString).toList();
    }

    @Test
    void anEditThatChangesNothing() {
      var outcome = feeds.review(version(), new CatalogEdit.PauseFeed("sam", true));

      assertThat(outcome)
          .isEqualTo(
              new EditOutcome.Refused("this change leaves feeds.yml as it is; nothing to save"));
    }

    @Test
    void editsWhileTheFileHasProblemsButNotARestore() throws IOException {
      feeds.save(version(), add("new", "https://new.example/feed", "", ""));
      Files.writeString(file, "feeds:\n  - key: broken\n");

      var edit = feeds.save(version(), add("x", "https://x.example/", "", ""));
      var restore = feeds.restore(version(), feeds.history().getFirst().name());

      assertThat(edit)
          .isEqualTo(
              new EditOutcome.Refused(
                  "feeds.yml has problems; fix them first: feeds.yml:2:5: feed 'broken' has no 'url'"));
      assertThat(restore).isInstanceOf(EditOutcome.Saved.class);
      assertThat(Files.readString(file)).isEqualTo(FeedsFileEditorTests.FILE);
    }

    @Test
    void aNameOutsideTheHistory() {
      assertThat(feeds.savedVersion("../feeds.yml")).isEmpty();
      assertThat(feeds.restore(version(), "../../etc/passwd"))
          .isEqualTo(new EditOutcome.Refused("there is no kept version named '../../etc/passwd'"));
    }

    @Test
    void aMissingFile() throws IOException {
      Files.delete(file);

      assertThat(feeds.read().problems())
          .extracting(CatalogProblem::message)
          .containsExactly("file not found");
      assertThat(feeds.save(null, add("x", "https://x.example/", "", "")))
          .isEqualTo(new EditOutcome.Refused("feeds.yml: file not found"));
    }
  }
}
