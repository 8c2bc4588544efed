package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.crawl.Crawler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The archive inside the application: data directory, pragmas, and a crawl of a bundled sample. */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "partner-digest.crawl.scheduled=false")
class ArchiveStartupTests {

  @TempDir static Path root;

  @DynamicPropertySource
  static void dataDirAndCatalog(DynamicPropertyRegistry registry) {
    Path feeds = root.resolve("feeds.yml");
    try {
      Files.writeString(
          feeds,
          """
          feeds:
            - key: sample-blog
              url: sample:mpn-program-blog.xml
          """);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    registry.add("partner-digest.data-dir", () -> root.resolve("fresh/data").toString());
    registry.add("partner-digest.feeds-file", feeds::toString);
  }

  @Autowired EntryArchive archive;
  @Autowired FeedDirectory health;
  @Autowired Crawler crawler;
  @Autowired JdbcClient jdbc;
  @Autowired IndexBacklog backlog;

  @Test
  void createsTheDataDirectoryAndMigratesTheSchemaAtStart() {
    assertThat(root.resolve("fresh/data/partner-digest.db")).exists();
  }

  @Test
  void connectsWithWalForeignKeysAndABusyTimeout() {
    assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualTo("wal");
    assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("PRAGMA busy_timeout").query(Integer.class).single()).isEqualTo(10000);
  }

  @Test
  void crawlsABundledSampleAndReportsItsHealth() {
    assertThat(health.all())
        .singleElement()
        .satisfies(s -> assertThat(s.status()).isIn(FeedStatus.NEW, FeedStatus.OK));

    assertThat(crawler.crawlAllOnce())
        .singleElement()
        .satisfies(r -> assertThat(r.failed()).isFalse());

    FeedHealth status = health.all().getFirst();
    assertThat(status.status()).isEqualTo(FeedStatus.OK);
    assertThat(status.entryCount()).isEqualTo(13);
    assertThat(status.state().attempts().lastSuccess()).isNotNull();
    assertThat(status.state().self().title()).isNotBlank();
    assertThat(archive.latest(100)).hasSize(13);
  }

  @Test
  void theSearchIndexReportsHowFarItReachesSoStoringCanWaitForIt() {
    await().atMost(Duration.ofSeconds(30)).until(backlog::followed);

    crawler.crawlAllOnce();

    await().atMost(Duration.ofSeconds(30)).until(() -> backlog.unindexed() == 0);
    assertThat(backlog.followed()).isTrue();
  }
}
