package org.partnerdigest.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * Runs the indexer over a {@link GeneratedArchive} until killed (the crash-safety test's child).
 */
final class IndexingChild {

  private IndexingChild() {}

  public static void main(String[] args) throws InterruptedException {
    SearchProperties properties =
        new SearchProperties(
            Path.of(args[0]),
            new SearchProperties.Search(
                Duration.ofMillis(50),
                Duration.ofMillis(20),
                5,
                true,
                Duration.ofMillis(500),
                0,
                Duration.ofSeconds(1)));
    SearchIndex index =
        new SearchIndex(
            properties,
            new GeneratedArchive(Integer.parseInt(args[1])),
            SearchFixture.partnerCatalog(),
            InstantSource.system());
    index.start();
    System.out.println("started");
    Thread.currentThread().join(); // runs until the parent destroys this JVM
  }
}
