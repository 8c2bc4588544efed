package org.partnerdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrawlOnceCommandTests {

  @TempDir Path dir;
  LoopbackFeeds server;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @BeforeEach
  void serveAFeed() throws IOException {
    server = new LoopbackFeeds();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  int crawlOnce(String extraYaml) throws IOException {
    String base = server.base();
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
          - key: broken
            url: %s/broken.xml
            group: community
          - key: off
            url: %s/off.xml
            group: community
            enabled: false
        %s"""
            .formatted(base, base, base, extraYaml));
    String[] args = {
      "crawl",
      "--once",
      "--partner-digest.data-dir=" + dir.resolve("data"),
      "--partner-digest.feeds-file=" + dir.resolve("feeds.yml"),
      "--partner-digest.crawl.allowed-hosts=127.0.0.1",
      "--partner-digest.crawl.fetch-jitter=0s"
    };
    return CrawlOnceCommand.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void crawlsEveryEnabledFeedOnceAndListsFailuresWithExitZero() throws IOException {
    int exit = crawlOnce("");

    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(printed).containsPattern("notes: ok new=3 changed=0");
    assertThat(printed).contains("broken: failing", "HTTP 500");
    assertThat(printed).doesNotContain("off:");
    assertThat(printed).contains("crawled 2 feeds: 3 new, 0 changed, 1 failing");
    assertThat(dir.resolve("data/partner-digest.db")).exists();
  }

  @Test
  void aSecondRunFindsNothingNew() throws IOException {
    crawlOnce("");
    out.reset();

    crawlOnce("");

    assertThat(out.toString(StandardCharsets.UTF_8)).contains("notes: ok new=0 changed=0");
  }

  @Test
  void crawlsNothingAndExitsOneWhenFeedsYmlHasErrors() throws IOException {
    int exit = crawlOnce("  - key: notes\n    url: ftp://example.org/feed\n");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("feeds.yml:", "nothing crawled");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("crawled");
  }

  @Test
  void refusesAMissingOnceFlag() {
    int exit =
        CrawlOnceCommand.run(
            new String[] {"crawl"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: partner-digest crawl --once");
  }
}
