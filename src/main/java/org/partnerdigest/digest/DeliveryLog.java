package org.partnerdigest.digest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code delivery} table: one row per (edition, subscriber), unique, so an edition built twice
 * or a sender restarted never plans a second copy. A row moves from {@code pending} to {@code sent}
 * once the SMTP server accepted the message, or to {@code failed} after a permanent refusal or the
 * last attempt; {@code skipped} rows record subscribers with nothing new.
 */
@Component
class DeliveryLog {

  /** A delivery still to make. */
  record Due(Instant cutoff, String subscriberId, int attempts) {}

  /** How an edition's deliveries stand. */
  record Counts(int pending, int sent, int failed, int skipped) {}

  /** One row as editors see it; {@code subscriberId} is {@code null} once the data was deleted. */
  record Row(
      String subscriberId,
      String state,
      int attempts,
      String lastError,
      Instant nextAttempt,
      Instant updated) {}

  static final String PENDING = "pending";
  static final String SENT = "sent";
  static final String FAILED = "failed";
  static final String SKIPPED = "skipped";

  private final JdbcClient jdbc;

  DeliveryLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void plan(Instant cutoff, String subscriberId, String state, String note, Instant now) {
    jdbc.sql(
            "INSERT INTO delivery (edition_cutoff, subscriber_id, state, attempts, last_error,"
                + " next_attempt, updated) VALUES (?, ?, ?, 0, ?, ?, ?)")
        .params(
            cutoff.toEpochMilli(),
            subscriberId,
            state,
            note,
            PENDING.equals(state) ? now.toEpochMilli() : null,
            now.toEpochMilli())
        .update();
  }

  /** Pending deliveries whose next attempt has come, oldest edition first. */
  List<Due> due(Instant now, int limit) {
    return jdbc.sql(
            "SELECT edition_cutoff, subscriber_id, attempts FROM delivery"
                + " WHERE state = ? AND next_attempt <= ? AND subscriber_id IS NOT NULL"
                + " ORDER BY edition_cutoff, next_attempt, subscriber_id LIMIT ?")
        .params(PENDING, now.toEpochMilli(), limit)
        .query(
            (row, n) ->
                new Due(Instant.ofEpochMilli(row.getLong(1)), row.getString(2), row.getInt(3)))
        .list();
  }

  /**
   * Takes up a due delivery for one sender: moves its next attempt to {@code until}, so no other
   * sender (on this or another instance) finds it due meanwhile. One statement, conditional on the
   * row still being due: of two senders claiming at once, the second waits for the first's row lock
   * and then finds nothing to update (SQLite and PostgreSQL alike).
   *
   * @return false when another sender took it first or it is no longer pending
   */
  boolean claim(Due due, Instant now, Instant until) {
    return jdbc.sql(
                "UPDATE delivery SET next_attempt = ? WHERE edition_cutoff = ?"
                    + " AND subscriber_id = ? AND state = ? AND next_attempt <= ?")
            .params(
                until.toEpochMilli(),
                due.cutoff().toEpochMilli(),
                due.subscriberId(),
                PENDING,
                now.toEpochMilli())
            .update()
        == 1;
  }

  /** When the earliest pending delivery is next due, if any is pending. */
  Optional<Instant> nextDue() {
    return jdbc.sql("SELECT MIN(next_attempt) FROM delivery WHERE state = ?")
        .param(PENDING)
        .query(
            (row, n) -> {
              long millis = row.getLong(1);
              return row.wasNull() ? null : Instant.ofEpochMilli(millis);
            })
        .optional()
        .filter(java.util.Objects::nonNull);
  }

  /** Moves a pending row on; false when it was no longer pending (nothing changed). */
  boolean finish(Due due, String state, String error, Instant nextAttempt, Instant now) {
    return jdbc.sql(
                "UPDATE delivery SET state = ?, attempts = ?, last_error = ?, next_attempt = ?,"
                    + " updated = ? WHERE edition_cutoff = ? AND subscriber_id = ? AND state = ?")
            .params(
                state,
                due.attempts() + 1,
                error,
                nextAttempt == null ? null : nextAttempt.toEpochMilli(),
                now.toEpochMilli(),
                due.cutoff().toEpochMilli(),
                due.subscriberId(),
                PENDING)
            .update()
        == 1;
  }

  /** Marks a row without counting an attempt (e.g. the subscriber left before it was sent). */
  void skip(Due due, String reason, Instant now) {
    jdbc.sql(
            "UPDATE delivery SET state = ?, last_error = ?, next_attempt = NULL, updated = ?"
                + " WHERE edition_cutoff = ? AND subscriber_id = ? AND state = ?")
        .params(
            SKIPPED,
            reason,
            now.toEpochMilli(),
            due.cutoff().toEpochMilli(),
            due.subscriberId(),
            PENDING)
        .update();
  }

  Counts counts(Instant cutoff) {
    int[] counts = new int[4];
    jdbc.sql("SELECT state, COUNT(*) FROM delivery WHERE edition_cutoff = ? GROUP BY state")
        .param(cutoff.toEpochMilli())
        .query(
            (row, n) -> {
              switch (row.getString(1)) {
                case PENDING -> counts[0] = row.getInt(2);
                case SENT -> counts[1] = row.getInt(2);
                case FAILED -> counts[2] = row.getInt(2);
                default -> counts[3] += row.getInt(2);
              }
              return null;
            })
        .list();
    return new Counts(counts[0], counts[1], counts[2], counts[3]);
  }

  /** Rows of an edition that are not plainly sent: what an editor must look at. */
  List<Row> problems(Instant cutoff) {
    return jdbc.sql(
            "SELECT subscriber_id, state, attempts, last_error, next_attempt, updated"
                + " FROM delivery WHERE edition_cutoff = ? AND state <> ?"
                + " ORDER BY state, updated DESC LIMIT 200")
        .params(cutoff.toEpochMilli(), SENT)
        .query(
            (row, n) -> {
              long next = row.getLong(5);
              Instant nextAttempt = row.wasNull() ? null : Instant.ofEpochMilli(next);
              return new Row(
                  row.getString(1),
                  row.getString(2),
                  row.getInt(3),
                  row.getString(4),
                  nextAttempt,
                  Instant.ofEpochMilli(row.getLong(6)));
            })
        .list();
  }
}
