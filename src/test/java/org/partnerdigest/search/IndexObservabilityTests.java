package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.health.contributor.Status;

/**
 * The index as operators see it: its health component for the readiness group and its gauges, read
 * from a real index over a {@link MemoryArchive}.
 */
class IndexObservabilityTests {

  @TempDir Path dataDir;

  @Test
  void isReadyWhileOpenAndOutOfServiceOnceStopped() {
    SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    var health = new SearchIndexHealthIndicator(f.index);
    f.index(entry("a", "mpn-blog", "One", "Renewal."));

    assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    assertThat(health.health().getDetails()).containsEntry("documents", 1L);

    f.close();
    assertThat(health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
  }

  @Test
  void gaugesShowDocumentsSizeAndNoLagOnceCaughtUp() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      var registry = new SimpleMeterRegistry();
      new IndexMeters(f.index, f.archive).bindTo(registry);
      f.index(entry("a", "mpn-blog", "One", "Renewal."), entry("b", "mpn-blog", "Two", "MPN."));

      assertThat(registry.get("search.index.lag").gauge().value()).isZero();
      assertThat(registry.get("search.index.documents").gauge().value()).isEqualTo(2);
      assertThat(registry.get("search.index.size").gauge().value()).isPositive();
    }
  }

  @Test
  void lagCountsArchiveChangesNotYetIndexed() {
    var archive = new MemoryArchive();
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog(), archive)) {
      f.index(entry("a", "mpn-blog", "One", "Renewal."));
      var registry = new SimpleMeterRegistry();
      // an archive three changes ahead of what this index holds
      MemoryArchive ahead = new MemoryArchive();
      ahead.store(entry("x", "mpn-blog", "X", "x"));
      ahead.store(entry("y", "mpn-blog", "Y", "y"));
      ahead.store(entry("z", "mpn-blog", "Z", "z"));
      ahead.store(entry("w", "mpn-blog", "W", "w"));
      new IndexMeters(f.index, ahead).bindTo(registry);

      assertThat(registry.get("search.index.lag").gauge().value()).isEqualTo(3);
    }
  }

  @Test
  void gaugesReadNothingRatherThanFailOnceTheIndexIsClosed() {
    SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    var registry = new SimpleMeterRegistry();
    new IndexMeters(f.index, f.archive).bindTo(registry);
    f.index(entry("a", "mpn-blog", "One", "Renewal."));
    f.close();

    assertThat(registry.get("search.index.documents").gauge().value()).isNaN();
  }
}
