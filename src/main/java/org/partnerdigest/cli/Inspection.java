package org.partnerdigest.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdigest.content.EntryNote;
import org.partnerdigest.content.ParsedEntry;
import org.partnerdigest.content.ParsedFeed;

/**
 * One line of {@code inspect} output, in the shape DESIGN.md fixes: {@code source, ok, error,
 * recovered, format, feed, entries}, extended with the feed's {@code id}, each entry's {@code
 * language} and its {@code notes} array (keys of {@link EntryNote}). Dates are ISO-8601 UTC or
 * null. An entry's {@code summary} is its {@link ParsedEntry#displaySummary() display summary}.
 */
record Inspection(String source, boolean ok, Map<String, Object> json) {

  static Inspection failed(String source, String error) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", source);
    json.put("ok", false);
    json.put("error", error);
    json.put("recovered", false);
    json.put("format", null);
    json.put("feed", null);
    json.put("entries", List.of());
    return new Inspection(source, false, json);
  }

  static Inspection parsed(String source, ParsedFeed parsed) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("source", source);
    json.put("ok", true);
    json.put("error", null);
    json.put("recovered", parsed.recovered());
    json.put("format", parsed.format());
    json.put("feed", feed(parsed.feed()));
    List<Map<String, Object>> entries = new ArrayList<>();
    parsed.entries().forEach(e -> entries.add(entry(e)));
    json.put("entries", entries);
    return new Inspection(source, true, json);
  }

  private static Map<String, Object> feed(ParsedFeed.FeedInfo feed) {
    if (feed == null) {
      return null;
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("title", feed.title());
    json.put("link", feed.link());
    json.put("description", feed.description());
    json.put("language", feed.language());
    json.put("author", feed.author());
    json.put("updated", date(feed.updated()));
    json.put("id", feed.id());
    return json;
  }

  private static Map<String, Object> entry(ParsedEntry entry) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", entry.id());
    json.put("guid", entry.guid());
    json.put("title", entry.title());
    json.put("link", entry.link());
    json.put("author", entry.author());
    json.put("language", entry.language());
    json.put("published", date(entry.published()));
    json.put("updated", date(entry.updated()));
    json.put("summary", entry.displaySummary());
    json.put("content", entry.content());
    json.put("categories", entry.categories());
    json.put("notes", entry.notes().stream().map(EntryNote::key).toList());
    return json;
  }

  private static String date(Instant instant) {
    return instant == null ? null : instant.toString();
  }
}
