package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CrashSafetyTests {

  private static final int ENTRIES = 5_000;

  @TempDir Path dataDir;

  @Test
  void indexConvergesToTheArchiveAfterTheIndexerIsKilledMidway() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process child =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                IndexingChild.class.getName(),
                dataDir.toString(),
                String.valueOf(ENTRIES))
            .redirectErrorStream(true)
            .redirectOutput(dataDir.resolve("child.log").toFile())
            .start();
    try {
      await()
          .pollInterval(Duration.ofMillis(10))
          .atMost(Duration.ofSeconds(120))
          .until(() -> committedSeq() > 0);
    } finally {
      child.destroyForcibly().waitFor();
    }
    long atKill = committedSeq();
    assertThat(atKill).as("killed mid-indexing").isLessThan(ENTRIES);

    SearchProperties properties =
        new SearchProperties(
            dataDir,
            new SearchProperties.Search(
                Duration.ofMillis(200),
                Duration.ofMillis(100),
                500,
                true,
                Duration.ofMillis(500),
                0,
                Duration.ofSeconds(1)));
    SearchIndex index =
        new SearchIndex(
            properties,
            new GeneratedArchive(ENTRIES),
            SearchFixture.partnerCatalog(),
            InstantSource.system());
    index.start();
    try {
      assertThat(index.awaitCaughtUp(Duration.ofSeconds(120))).isTrue();
      SearchIndex.Lease lease = index.acquire();
      try {
        assertThat(lease.searcher().getIndexReader().numDocs()).isEqualTo(ENTRIES);
        for (int seq = 1; seq <= ENTRIES; seq++) {
          assertThat(lease.searcher().count(new TermQuery(new Term(IndexFields.ID, "e" + seq))))
              .as("e" + seq)
              .isEqualTo(1);
        }
      } finally {
        index.release(lease);
      }
    } finally {
      index.stop();
    }
  }

  private long committedSeq() {
    try {
      Path live = new IndexGenerations(dataDir.resolve("index")).current();
      if (live == null || !Files.isDirectory(live)) {
        return 0;
      }
      try (FSDirectory dir = FSDirectory.open(live)) {
        if (!DirectoryReader.indexExists(dir)) {
          return 0;
        }
        List<IndexCommit> commits = DirectoryReader.listCommits(dir);
        return Long.parseLong(commits.getLast().getUserData().getOrDefault("seq", "0"));
      }
    } catch (Exception e) {
      return 0;
    }
  }
}
