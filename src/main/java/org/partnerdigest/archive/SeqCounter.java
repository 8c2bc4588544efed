package org.partnerdigest.archive;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Hands out {@code seq} values from the one-row {@code seq_counter} table. Must run inside the
 * transaction that uses them: the row update locks the counter until commit, so values become
 * visible in the order they were taken and a rolled-back transaction returns them.
 */
@Component
class SeqCounter {

  private final JdbcClient jdbc;

  SeqCounter(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Reserves {@code count} values and returns the first; the rest follow it. */
  long reserve(int count) {
    jdbc.sql("UPDATE seq_counter SET last_seq = last_seq + ? WHERE id = 1").param(count).update();
    return current() - count + 1;
  }

  long current() {
    return jdbc.sql("SELECT last_seq FROM seq_counter WHERE id = 1").query(Long.class).single();
  }
}
