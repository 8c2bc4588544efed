package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = "partner-digest.crawl.scheduled=false")
class ArchiveStartupTests {

  @TempDir static Path root;

  @DynamicPropertySource
  static void dataDir(DynamicPropertyRegistry registry) {
    registry.add("partner-digest.data-dir", () -> root.resolve("fresh/data").toString());
  }

  @Autowired EntryArchive archive;
  @Autowired JdbcClient jdbc;

  @Test
  void createsTheDataDirectoryAndMigratesTheSchemaAtStart() {
    assertThat(root.resolve("fresh/data/partner-digest.db")).exists();
    assertThat(archive.lastSeq()).isZero();
  }

  @Test
  void connectsWithWalForeignKeysAndABusyTimeout() {
    assertThat(jdbc.sql("PRAGMA journal_mode").query(String.class).single()).isEqualTo("wal");
    assertThat(jdbc.sql("PRAGMA foreign_keys").query(Integer.class).single()).isEqualTo(1);
    assertThat(jdbc.sql("PRAGMA busy_timeout").query(Integer.class).single()).isEqualTo(10000);
  }
}
