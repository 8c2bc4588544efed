package org.partnerdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reindex} over an archive that {@code crawl --once} filled from a loopback feed. */
class ReindexCommandTests {

  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void crawlThreePosts() throws IOException {
    try (LoopbackFeeds feeds = new LoopbackFeeds()) {
      Files.writeString(
          dir.resolve("feeds.yml"),
          """
          groups:
            - key: community
              title: Community
              tier: community
          feeds:
            - key: notes
              url: %s/feed.xml
              group: community
          """
              .formatted(feeds.base()));
      int exit = run(CrawlOnceCommand::run, "crawl", "--once");
      assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    }
    out.reset();
  }

  @Test
  void rebuildsTheIndexBesideTheOneThereWasAndSwapsItIn() throws IOException {
    List<Path> before = generations();

    int exit = run(ReindexCommand::run, "reindex");

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).containsPattern("^reindexed 3 entries");
    assertThat(generations()).hasSize(1).doesNotContainAnyElementsOf(before);
  }

  @Test
  void buildsAMissingIndexOnceFromTheWholeArchive() throws IOException {
    deleteTree(dir.resolve("data/index"));

    int exit = run(ReindexCommand::run, "reindex");

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .containsPattern("^indexed \\(the index was empty\\) 3 entries");
    assertThat(generations()).hasSize(1);
  }

  private interface Command {
    int run(String[] args, PrintStream out, PrintStream err);
  }

  private int run(Command command, String... words) {
    List<String> args = new java.util.ArrayList<>(List.of(words));
    args.add("--partner-digest.data-dir=" + dir.resolve("data"));
    args.add("--partner-digest.feeds-file=" + dir.resolve("feeds.yml"));
    args.add("--partner-digest.crawl.allowed-hosts=127.0.0.1");
    args.add("--partner-digest.crawl.fetch-jitter=0s");
    return command.run(
        args.toArray(String[]::new),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private List<Path> generations() throws IOException {
    try (Stream<Path> children = Files.list(dir.resolve("data/index"))) {
      return children.filter(Files::isDirectory).toList();
    }
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
