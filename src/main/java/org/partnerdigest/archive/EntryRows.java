package org.partnerdigest.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.partnerdigest.content.ParsedEntry;
import org.springframework.jdbc.core.RowMapper;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Maps {@code entry} rows to {@link ArchivedEntry}; times are epoch millis, categories JSON. */
final class EntryRows {

  static final String COLUMNS =
      "id, feed_key, seq, guid, title, link, author, published, updated, summary, content,"
          + " categories, text, excerpt, content_hash, first_seen, hidden, pinned, deleted, pin_note";

  static final RowMapper<ArchivedEntry> MAPPER = EntryRows::map;

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private EntryRows() {}

  private static ArchivedEntry map(ResultSet row, int rowNum) throws SQLException {
    ParsedEntry entry =
        new ParsedEntry(
            row.getString("id"),
            row.getString("guid"),
            row.getString("title"),
            row.getString("link"),
            row.getString("author"),
            instant(row, "published"),
            instant(row, "updated"),
            row.getString("summary"),
            row.getString("content"),
            categories(row.getString("categories")),
            row.getString("text"),
            row.getString("excerpt"),
            row.getString("content_hash"));
    return new ArchivedEntry(
        entry,
        row.getString("feed_key"),
        row.getLong("seq"),
        instant(row, "first_seen"),
        new ArchivedEntry.EntryFlags(
            row.getBoolean("hidden"),
            row.getBoolean("pinned"),
            row.getBoolean("deleted"),
            row.getString("pin_note")));
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    long millis = row.getLong(column);
    return row.wasNull() ? null : Instant.ofEpochMilli(millis);
  }

  static Long millis(Instant instant) {
    return instant == null ? null : instant.toEpochMilli();
  }

  static String json(List<String> categories) {
    return JSON.writeValueAsString(categories == null ? List.of() : categories);
  }

  private static List<String> categories(String json) {
    return json == null || json.isBlank() ? List.of() : JSON.readValue(json, STRINGS);
  }
}
