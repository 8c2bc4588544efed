package org.partnerdigest.archive;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and writes {@code feed_state} rows. Writes go through {@link EntryStore}, inside an archive
 * transaction.
 */
@Component
public class FeedStateStore {

  private static final String COLUMNS =
      "feed_key, url, status, etag, last_modified, last_fetch, last_success,"
          + " consecutive_failures, last_error, next_fetch, moved_to, feed_title, feed_link,"
          + " refresh_hint_seconds";

  private final JdbcClient jdbc;

  FeedStateStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<FeedState> find(String feedKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM feed_state WHERE feed_key = ?")
        .param(feedKey)
        .query(FeedStateStore::map)
        .optional();
  }

  public List<FeedState> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM feed_state ORDER BY feed_key")
        .query(FeedStateStore::map)
        .list();
  }

  /** Inserts or replaces the row (update first, then insert: portable, no upsert syntax). */
  void save(FeedState s) {
    Object[] values = {
      s.url().toString(),
      s.status().label(),
      s.validators().etag(),
      s.validators().lastModified(),
      EntryRows.millis(s.attempts().lastFetch()),
      EntryRows.millis(s.attempts().lastSuccess()),
      s.attempts().consecutiveFailures(),
      s.attempts().lastError(),
      EntryRows.millis(s.schedule().nextFetch()),
      s.movedTo() == null ? null : s.movedTo().toString(),
      s.self().title(),
      s.self().link(),
      s.schedule().refreshHint() == null ? null : s.schedule().refreshHint().toSeconds(),
      s.feedKey()
    };
    int updated =
        jdbc.sql(
                "UPDATE feed_state SET url = ?, status = ?, etag = ?, last_modified = ?,"
                    + " last_fetch = ?, last_success = ?, consecutive_failures = ?,"
                    + " last_error = ?, next_fetch = ?, moved_to = ?, feed_title = ?,"
                    + " feed_link = ?, refresh_hint_seconds = ? WHERE feed_key = ?")
            .params(values)
            .update();
    if (updated == 0) {
      jdbc.sql(
              "INSERT INTO feed_state (url, status, etag, last_modified, last_fetch,"
                  + " last_success, consecutive_failures, last_error, next_fetch, moved_to,"
                  + " feed_title, feed_link, refresh_hint_seconds, feed_key)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(values)
          .update();
    }
  }

  private static FeedState map(ResultSet row, int rowNum) throws SQLException {
    String movedTo = row.getString("moved_to");
    long hint = row.getLong("refresh_hint_seconds");
    Duration refreshHint = row.wasNull() ? null : Duration.ofSeconds(hint);
    return new FeedState(
        row.getString("feed_key"),
        URI.create(row.getString("url")),
        FeedStatus.ofLabel(row.getString("status")),
        new FeedState.Validators(row.getString("etag"), row.getString("last_modified")),
        new FeedState.Attempts(
            EntryRows.instant(row, "last_fetch"),
            EntryRows.instant(row, "last_success"),
            row.getInt("consecutive_failures"),
            row.getString("last_error")),
        new FeedState.Schedule(EntryRows.instant(row, "next_fetch"), refreshHint),
        movedTo == null ? null : URI.create(movedTo),
        new FeedState.SelfDescription(row.getString("feed_title"), row.getString("feed_link")));
  }
}
