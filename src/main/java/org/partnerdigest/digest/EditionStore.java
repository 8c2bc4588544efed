package org.partnerdigest.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code edition} table. */
@Component
class EditionStore {

  private static final String COLUMNS = "cutoff, edition_key, window_start, created, content";

  private final JdbcClient jdbc;

  EditionStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Edition> find(Instant cutoff) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM edition WHERE cutoff = ?")
        .param(cutoff.toEpochMilli())
        .query(EditionStore::map)
        .optional();
  }

  Optional<Edition> findByKey(String key) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM edition WHERE edition_key = ?")
        .param(key)
        .query(EditionStore::map)
        .optional();
  }

  /** The cut-off of the latest edition before {@code cutoff}, if any. */
  Optional<Instant> previousCutoff(Instant cutoff) {
    return jdbc.sql("SELECT MAX(cutoff) FROM edition WHERE cutoff < ?")
        .param(cutoff.toEpochMilli())
        .query((row, n) -> EditionStore.instant(row, 1))
        .optional()
        .filter(java.util.Objects::nonNull);
  }

  /** Every edition, newest first. */
  List<Edition> all() {
    return jdbc.sql("SELECT " + COLUMNS + " FROM edition ORDER BY cutoff DESC")
        .query(EditionStore::map)
        .list();
  }

  boolean any() {
    return jdbc.sql("SELECT COUNT(*) FROM edition").query(Integer.class).single() > 0;
  }

  void insert(Edition edition) {
    jdbc.sql(
            "INSERT INTO edition (cutoff, edition_key, window_start, created, content)"
                + " VALUES (?, ?, ?, ?, ?)")
        .params(
            edition.cutoff().toEpochMilli(),
            edition.key(),
            edition.windowStart().toEpochMilli(),
            edition.created().toEpochMilli(),
            edition.content().toJson())
        .update();
  }

  private static Edition map(ResultSet row, int n) throws SQLException {
    return new Edition(
        instant(row, 1),
        row.getString(2),
        instant(row, 3),
        instant(row, 4),
        EditionContent.fromJson(row.getString(5)));
  }

  private static Instant instant(ResultSet row, int column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }
}
