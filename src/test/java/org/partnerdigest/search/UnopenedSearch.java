package org.partnerdigest.search;

import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;

/**
 * A real {@link SearchService} over an index that was never started, as every search meets it in
 * the moments before the application's index opens; for tests of the "not ready" answers, including
 * the web module's.
 */
public final class UnopenedSearch {

  private UnopenedSearch() {}

  /** A service whose index never opens: every search is refused as not ready. */
  public static SearchService service(Path dataDir) {
    return new SearchService(
        index(dataDir, new MemoryArchive()), InstantSource.fixed(SearchFixture.NOW));
  }

  static SearchIndex index(Path dataDir, MemoryArchive archive) {
    SearchProperties properties =
        new SearchProperties(
            dataDir,
            new SearchProperties.Search(Duration.ofSeconds(5), Duration.ofSeconds(1), 100, true));
    return new SearchIndex(
        properties,
        archive,
        SearchFixture.partnerCatalog(),
        InstantSource.fixed(SearchFixture.NOW));
  }
}
