package org.partnerdigest.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogTests {

  static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

  @TempDir Path dataDir;
  ArchiveFixture fx;
  AuditLog audit;

  @BeforeEach
  void open() {
    fx = openDatabase(dataDir);
    audit = new AuditLog(fx.jdbc, fx.transactions, InstantSource.fixed(NOW));
  }

  @AfterEach
  void close() {
    fx.close();
  }

  @Test
  void keepsWhoDidWhatToWhichTargetAndWhen() {
    audit.record("ann", "entry.pin", "entry-1", "note: read this first");

    assertThat(audit.recent(1, 10).events())
        .containsExactly(
            new AuditEvent(NOW, "ann", "entry.pin", "entry-1", "note: read this first"));
  }

  @Test
  void listsNewestFirstEvenWithinTheSameMillisecond() {
    audit.record("ann", "entry.hide", "a", null);
    audit.record("bob", "entry.hide", "b", null);
    audit.record("ann", "index.reindex", null, null);

    assertThat(audit.recent(1, 10).events())
        .extracting(AuditEvent::action, AuditEvent::target)
        .containsExactly(
            tuple("index.reindex", ""), tuple("entry.hide", "b"), tuple("entry.hide", "a"));
  }

  @Test
  void pagesThroughTheAudit() {
    for (int i = 1; i <= 5; i++) {
      audit.record("ann", "entry.hide", "e" + i, null);
    }

    AuditPage second = audit.recent(2, 2);

    assertThat(second.events()).extracting(AuditEvent::target).containsExactly("e3", "e2");
    assertThat(second.total()).isEqualTo(5);
    assertThat(second.pages()).isEqualTo(3);
    assertThat(second.hasPrevious()).isTrue();
    assertThat(second.hasNext()).isTrue();
    assertThat(audit.recent(4, 2).events()).isEmpty();
  }

  @Test
  void cutsAnOverlongDetailInsteadOfRefusingTheAction() {
    audit.record("ann", "feed.edit", "mpn", "x".repeat(10_000));

    String detail = audit.recent(1, 1).events().getFirst().detail();
    assertThat(detail).hasSize(AuditLog.MAX_DETAIL).endsWith("…");
  }

  @Nested
  class Refuses {

    @Test
    void anEventWithoutAnEditor() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> audit.record(" ", "entry.hide", "a", null))
          .withMessage("an audit event's editor must not be blank");
    }

    @Test
    void anEventWithoutAnAction() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> audit.record("ann", null, "a", null))
          .withMessage("an audit event's action must not be blank");
    }

    @Test
    void aPageBeforeTheFirst() {
      assertThatIllegalArgumentException().isThrownBy(() -> audit.recent(0, 10));
    }
  }

  /**
   * The database of every test; {@link PostgresAuditLogTests} runs them all again on PostgreSQL.
   */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }
}
