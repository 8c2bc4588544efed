package org.partnerdigest.archive;

import java.time.InstantSource;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit of editor actions: who did what to which target, and when. Every editor action that
 * changes something (hide, pin, fetch now, reindex, feed list changes, digest sends) records one
 * event; editors read them at {@code /admin/audit}. Events are never changed or purged.
 */
@Component
public class AuditLog {

  /** Longer targets and details are cut here (with an ellipsis): a row is a line, not a file. */
  static final int MAX_TARGET = 1_000;

  static final int MAX_DETAIL = 4_000;

  private static final int MAX_ACTION = 64;
  private static final int MAX_EDITOR = 255;

  private final JdbcClient jdbc;
  private final ArchiveTransactions transactions;
  private final InstantSource clock;

  AuditLog(JdbcClient jdbc, ArchiveTransactions transactions, InstantSource clock) {
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Records one action, now.
   *
   * @param editor who did it: the signed-in editor's name, or {@code system} for scheduled work
   * @param action a short dotted key, e.g. {@code entry.hide}, {@code feed.add}, {@code
   *     index.reindex}
   * @param target what it was done to (an entry id, a feed key, …), or {@code null}
   * @param detail anything else worth knowing, or {@code null}
   * @throws IllegalArgumentException when editor or action is blank or too long
   */
  public void record(String editor, String action, String target, String detail) {
    require("editor", editor, MAX_EDITOR);
    require("action", action, MAX_ACTION);
    long at = clock.instant().toEpochMilli();
    String cutTarget = cut(target, MAX_TARGET);
    String cutDetail = cut(detail, MAX_DETAIL);
    // Two instances on one PostgreSQL can take the same next id; the loser simply tries again.
    for (int attempt = 1; ; attempt++) {
      try {
        transactions.write(
            () ->
                jdbc.sql(
                        "INSERT INTO audit_event (id, at, editor, action, target, detail)"
                            + " SELECT COALESCE(MAX(id), 0) + 1, ?, ?, ?, ?, ? FROM audit_event")
                    .params(at, editor, action, cutTarget, cutDetail)
                    .update());
        return;
      } catch (DuplicateKeyException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /**
   * One page of events, newest first.
   *
   * @param page 1-based; a page past the end is empty
   * @param size events per page, at least 1
   */
  public AuditPage recent(int page, int size) {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException(
          "page and size must be at least 1, were " + page + " and " + size);
    }
    long total = jdbc.sql("SELECT COUNT(*) FROM audit_event").query(Long.class).single();
    List<AuditEvent> events =
        jdbc.sql(
                "SELECT at, editor, action, target, detail FROM audit_event"
                    + " ORDER BY id DESC LIMIT ? OFFSET ?")
            .params(size, (long) (page - 1) * size)
            .query(
                (row, n) ->
                    new AuditEvent(
                        EntryRows.instant(row, "at"),
                        row.getString("editor"),
                        row.getString("action"),
                        row.getString("target"),
                        row.getString("detail")))
            .list();
    return new AuditPage(events, page, size, total);
  }

  private static void require(String name, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("an audit event's " + name + " must not be blank");
    }
    if (value.length() > max) {
      throw new IllegalArgumentException(
          "an audit event's " + name + " is at most " + max + " characters");
    }
  }

  private static String cut(String text, int max) {
    if (text == null) {
      return "";
    }
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
