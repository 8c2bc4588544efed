package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.RequiresPostgres;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Feed leases on the tests' real PostgreSQL, and their absence on SQLite. */
class FeedLeasesTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  static final Duration LEASE = Duration.ofMinutes(2);
  static final List<String> FEEDS =
      IntStream.range(0, 40).mapToObj(i -> "feed-%02d".formatted(i)).toList();

  @Nested
  @RequiresPostgres
  class OnPostgres {

    ArchiveFixture fx;
    FeedLeases one;
    FeedLeases other;

    @BeforeEach
    void open() {
      fx = ArchiveFixture.postgres();
      one = fx.leases;
      other = anotherInstance(fx);
    }

    @AfterEach
    void close() {
      fx.close();
    }

    @Test
    void twoInstancesClaimingAtOnceTakeDisjointFeeds() throws Exception {
      CompletableFuture<Set<String>> first =
          CompletableFuture.supplyAsync(() -> one.claim(FEEDS, 25, NOW, LEASE));
      CompletableFuture<Set<String>> second =
          CompletableFuture.supplyAsync(() -> other.claim(FEEDS, 25, NOW, LEASE));

      Set<String> both = new HashSet<>(first.get());
      both.retainAll(second.get());
      assertThat(both).isEmpty();
      assertThat(first.get().size() + second.get().size()).isEqualTo(FEEDS.size());
      assertThat(first.get()).hasSizeLessThanOrEqualTo(25);
    }

    @Test
    void aHeldLeaseIsTakenOverOnlyOnceItRunsOut() {
      assertThat(one.claim(FEEDS.subList(0, 2), 10, NOW, LEASE)).hasSize(2);

      assertThat(other.claim(FEEDS.subList(0, 2), 10, NOW.plus(LEASE).minusMillis(1), LEASE))
          .isEmpty();
      assertThat(other.claim(FEEDS.subList(0, 2), 10, NOW.plus(LEASE), LEASE)).hasSize(2);
    }

    @Test
    void aRenewedLeaseStaysWithItsHolder() {
      one.claim(FEEDS.subList(0, 1), 10, NOW, LEASE);

      one.renew(FEEDS.subList(0, 1), NOW.plus(Duration.ofMinutes(1)), LEASE);

      assertThat(other.claim(FEEDS.subList(0, 1), 10, NOW.plus(LEASE), LEASE)).isEmpty();
    }

    @Test
    void aReleasedLeaseIsFreeAtOnce() {
      one.claim(FEEDS.subList(0, 2), 10, NOW, LEASE);

      one.release(FEEDS.get(0));
      other.release(FEEDS.get(1)); // not the holder: nothing happens

      assertThat(other.claim(FEEDS.subList(0, 2), 10, NOW, LEASE)).containsExactly(FEEDS.get(0));
    }
  }

  @Test
  void onSqliteEveryClaimIsGrantedAndNothingIsWritten(@TempDir Path dataDir) {
    try (ArchiveFixture fx = new ArchiveFixture(dataDir)) {
      assertThat(fx.leases.shared()).isFalse();
      assertThat(fx.leases.claim(FEEDS, 1, NOW, LEASE)).containsExactlyElementsOf(FEEDS);
      assertThat(anotherInstance(fx).claim(FEEDS, 1, NOW, LEASE)).hasSize(FEEDS.size());
      assertThat(fx.jdbc.sql("SELECT COUNT(*) FROM feed_lease").query(Integer.class).single())
          .isZero();
    }
  }

  private static FeedLeases anotherInstance(ArchiveFixture fx) {
    return new FeedLeases(fx.jdbc, fx.dataSource, new DataSourceTransactionManager(fx.dataSource));
  }
}
