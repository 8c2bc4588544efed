package org.partnerdigest.search;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import org.partnerdigest.TestProperties;

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
        TestProperties.bind(
            "partner-digest",
            SearchProperties.class,
            Map.of(
                "partner-digest.data-dir",
                dataDir.toString(),
                "partner-digest.search.poll-interval",
                "1s"));
    return new SearchIndex(
        properties,
        archive,
        SearchFixture.partnerCatalog(),
        InstantSource.fixed(SearchFixture.NOW));
  }
}
