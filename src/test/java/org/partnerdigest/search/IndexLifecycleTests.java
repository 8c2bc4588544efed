package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerdigest.search.Entries.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexLifecycleTests {

  @TempDir Path dataDir;

  @Test
  void newEntriesBecomeSearchableOnceTheIndexerIsWoken() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.add(entry("a", "mpn-blog", "Fresh news", "Something new."));
      f.index.wake();
      await().atMost(Duration.ofSeconds(30)).until(() -> f.ids("fresh").contains("a"));
    }
  }

  @Test
  void hiddenAndDeletedEntriesDisappear() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(entry("a", "mpn-blog", "One", "Renewal."), entry("b", "mpn-blog", "Two", "Renewal."));
      f.archive.setHidden("a", true);
      f.archive.delete("b");
      f.awaitIndexed();
      assertThat(f.ids("renewal")).isEmpty();
      f.archive.setHidden("a", false);
      f.awaitIndexed();
      assertThat(f.ids("renewal")).containsExactly("a");
    }
  }

  @Test
  void commitsRecordTheHighestSeqAndRestartReplaysFromThere() throws IOException {
    SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    f.index(entry("a", "mpn-blog", "One", "Renewal."), entry("b", "mpn-blog", "Two", "Renewal."));
    f.close();
    Path live = onlyGeneration();
    try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(live))) {
      assertThat(reader.getIndexCommit().getUserData())
          .containsEntry("seq", "2")
          .containsKey("fingerprint");
    }
    MemoryArchive archive = f.archive;
    archive.store(entry("c", "mpn-blog", "Three", "Renewal."));
    try (SearchFixture restarted =
        new SearchFixture(dataDir, SearchFixture.partnerCatalog(), archive)) {
      restarted.awaitIndexed();
      assertThat(restarted.ids("renewal")).containsExactlyInAnyOrder("a", "b", "c");
      assertThat(restarted.service.indexedSeq()).isEqualTo(3);
    }
  }

  @Test
  void deletingTheIndexDirectoryRebuildsFromTheArchive() throws IOException {
    SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    f.index(
        entry("a", "mpn-blog", "One", "Renewal."), entry("b", "channel-guy", "Two", "Renewal."));
    f.archive.setHidden("b", true);
    f.awaitIndexed();
    f.close();
    deleteTree(dataDir.resolve("index"));
    try (SearchFixture restarted =
        new SearchFixture(dataDir, SearchFixture.partnerCatalog(), f.archive)) {
      restarted.awaitIndexed();
      assertThat(restarted.ids("renewal")).containsExactly("a");
      assertThat(restarted.service.indexedCount()).isEqualTo(1);
    }
  }

  @Test
  void reindexSwapsInAFreshIndexWhileSearchKeepsAnswering() throws Exception {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      for (int i = 0; i < 300; i++) {
        f.add(
            entry(
                "e" + i,
                i % 2 == 0 ? "mpn-blog" : "channel-guy",
                "Post " + i,
                "Renewal guidance number " + i));
      }
      f.awaitIndexed();
      AtomicBoolean done = new AtomicBoolean();
      AtomicInteger answered = new AtomicInteger();
      CompletableFuture<Void> searching =
          CompletableFuture.runAsync(
              () -> {
                while (!done.get()) {
                  assertThat(f.search("renewal").total()).isEqualTo(300);
                  answered.incrementAndGet();
                }
              });
      Path before = onlyGeneration();
      f.service.reindex();
      assertThat(onlyGeneration()).isNotEqualTo(before);
      f.service.reindex();
      done.set(true);
      searching.get();
      assertThat(answered.get()).isPositive();
      assertThat(f.service.indexedCount()).isEqualTo(300);
      f.index(entry("late", "mpn-blog", "After the swap", "Renewal."));
      assertThat(f.search("renewal").total()).isEqualTo(301);
    }
  }

  private Path onlyGeneration() throws IOException {
    try (Stream<Path> children = Files.list(dataDir.resolve("index"))) {
      return children
          .filter(Files::isDirectory)
          .reduce(
              (a, b) -> {
                throw new AssertionError("more than one generation: " + a + ", " + b);
              })
          .orElseThrow();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
