package org.partnerdigest.crawl;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads and writes {@code feed_state} rows. Writes must run inside an archive transaction. */
@Component
class FeedStateStore {

  private static final String COLUMNS =
      "feed_key, url, status, etag, last_modified, last_fetch, last_success,"
          + " consecutive_failures, last_error, next_fetch, moved_to, feed_title, feed_link,"
          + " refresh_hint_seconds";

  private final JdbcClient jdbc;

  FeedStateStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<FeedState> find(String feedKey) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM feed_state WHERE feed_key = ?")
        .param(feedKey)
        .query(FeedStateStore::map)
        .optional();
  }

  List<FeedState> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM feed_state ORDER BY feed_key")
        .query(FeedStateStore::map)
        .list();
  }

  /** Inserts or replaces the row (update first, then insert: portable, no upsert syntax). */
  void save(FeedState s) {
    Object[] values = {
      s.url().toString(),
      s.status().label(),
      s.etag(),
      s.lastModified(),
      EntryRows.millis(s.lastFetch()),
      EntryRows.millis(s.lastSuccess()),
      s.consecutiveFailures(),
      s.lastError(),
      EntryRows.millis(s.nextFetch()),
      s.movedTo() == null ? null : s.movedTo().toString(),
      s.feedTitle(),
      s.feedLink(),
      s.refreshHint() == null ? null : s.refreshHint().toSeconds(),
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
        FeedCondition.ofLabel(row.getString("status")),
        row.getString("etag"),
        row.getString("last_modified"),
        EntryRows.instant(row, "last_fetch"),
        EntryRows.instant(row, "last_success"),
        row.getInt("consecutive_failures"),
        row.getString("last_error"),
        EntryRows.instant(row, "next_fetch"),
        movedTo == null ? null : URI.create(movedTo),
        row.getString("feed_title"),
        row.getString("feed_link"),
        refreshHint);
  }
}
