package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.partnerdigest.archive.ArchiveFixture.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.content.ParsedEntry;

/** Storing waits for the search index when it trails too far (issue 13), and only then. */
class IndexBacklogTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final Duration LONG_WAIT = Duration.ofMinutes(5);

  @TempDir Path dataDir;
  ArchiveFixture fx;

  @BeforeEach
  void openArchive() {
    fx = new ArchiveFixture(dataDir);
  }

  @AfterEach
  void closeArchive() {
    fx.close();
  }

  EntryStore storeWaitingFor(IndexBacklog backlog) {
    return new EntryStore(fx.jdbc, fx.seqCounter, fx.states, fx.transactions, e -> {}, backlog);
  }

  static List<ParsedEntry> entries(String... ids) {
    return Arrays.stream(ids).map(id -> entry(id, id, NOW, "h-" + id)).toList();
  }

  void store(EntryStore store, String etag, String... ids) {
    store.storeFetched(ArchiveFixture.fetchedState("mpn", etag, NOW), entries(ids), NOW);
  }

  @Test
  void storingWaitsWhileTheIndexTrailsByMoreThanAllowedThenGoesOn() {
    IndexBacklog backlog = new IndexBacklog(2, LONG_WAIT);
    EntryStore store = storeWaitingFor(backlog);
    backlog.indexedUpTo(0);
    store(store, "v1", "a", "b", "c");
    assertThat(backlog.unindexed()).isEqualTo(3);

    Thread next = Thread.ofVirtual().start(() -> store(store, "v2", "d"));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> next.getState() == Thread.State.TIMED_WAITING);
    assertThat(fx.archive.lastSeq()).isEqualTo(3);

    backlog.indexedUpTo(3);
    await().atMost(Duration.ofSeconds(30)).until(() -> !next.isAlive());
    assertThat(fx.archive.lastSeq()).isEqualTo(4);
  }

  @Test
  void nothingWaitsBeforeAnIndexerReports() {
    IndexBacklog backlog = new IndexBacklog(1, LONG_WAIT);
    EntryStore store = storeWaitingFor(backlog);

    store(store, "v1", "a", "b", "c");
    store(store, "v2", "d", "e");

    assertThat(fx.archive.lastSeq()).isEqualTo(5);
    assertThat(backlog.unindexed()).isZero();
  }

  @Test
  void nothingWaitsOnceTheIndexerStopped() {
    IndexBacklog backlog = new IndexBacklog(1, LONG_WAIT);
    EntryStore store = storeWaitingFor(backlog);
    backlog.indexedUpTo(0);
    store(store, "v1", "a", "b", "c");

    backlog.indexerStopped();
    store(store, "v2", "d");

    assertThat(fx.archive.lastSeq()).isEqualTo(4);
  }

  @Test
  void aStalledIndexerSlowsStoringButNeverStopsIt() {
    IndexBacklog backlog = new IndexBacklog(1, Duration.ofMillis(50));
    EntryStore store = storeWaitingFor(backlog);
    backlog.indexedUpTo(0);

    store(store, "v1", "a", "b", "c");
    store(store, "v2", "d");

    assertThat(fx.archive.lastSeq()).isEqualTo(4);
  }

  @Test
  void zeroNeverWaits() {
    IndexBacklog backlog = new IndexBacklog(0, LONG_WAIT);
    EntryStore store = storeWaitingFor(backlog);
    backlog.indexedUpTo(0);

    store(store, "v1", "a", "b", "c");
    store(store, "v2", "d");

    assertThat(fx.archive.lastSeq()).isEqualTo(4);
  }
}
