package org.partnerdigest.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). Nesting is bounded at depth 100; {@code
 * content_text} and {@code summary} are plain text and become escaped HTML. An item's {@code
 * language} defaults to the feed's, which defaults to the HTTP {@code Content-Language}.
 */
final class JsonFeedReader {

  private static final String VERSION_PREFIX = "https://jsonfeed.org/version/";
  private static final JsonMapper MAPPER =
      JsonMapper.builder(
              JsonFactory.builder()
                  .streamReadConstraints(
                      StreamReadConstraints.builder()
                          .maxNestingDepth(100)
                          .maxStringLength(20_000_000)
                          .build())
                  .build())
          .build();

  private JsonFeedReader() {}

  static RawFeed read(String json, URI location, String httpLanguage) throws FeedParseException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new FeedParseException("not a feed: JSON error: " + e.getOriginalMessage());
    }
    String version = text(root, "version");
    if (!root.isObject() || version == null || !version.startsWith(VERSION_PREFIX)) {
      throw new FeedParseException(
          "not a feed: JSON without a JSON Feed version (" + VERSION_PREFIX + "1.1)");
    }
    String format = version.endsWith("/1") ? "json_1.0" : "json_1.1";
    String language = text(root, "language") != null ? text(root, "language") : httpLanguage;
    List<RawEntry> entries = new ArrayList<>();
    for (JsonNode item : root.path("items")) {
      if (item.isObject()) {
        entries.add(entry(item, location, language));
      }
    }
    ParsedFeed.FeedInfo info =
        new ParsedFeed.FeedInfo(
            text(root, "title"),
            Links.absolute(text(root, "home_page_url"), location),
            text(root, "description"),
            language,
            author(root),
            null,
            null);
    return new RawFeed(format, info, entries, null);
  }

  private static RawEntry entry(JsonNode item, URI location, String language) {
    String link = Links.absolute(text(item, "url"), location);
    if (link == null) {
      link = Links.absolute(text(item, "external_url"), location);
    }
    String html = text(item, "content_html");
    String plain = text(item, "content_text");
    String content = html != null ? html : plain != null ? Html.paragraphs(plain) : null;
    String summary = text(item, "summary");
    List<String> tags = new ArrayList<>();
    for (JsonNode tag : item.path("tags")) {
      if (tag.isString() && !tag.asString().isBlank()) {
        tags.add(tag.asString().strip());
      }
    }
    return new RawEntry(
        text(item, "id"),
        text(item, "title"),
        link,
        author(item),
        text(item, "language") != null ? text(item, "language") : language,
        FeedDates.parse(text(item, "date_published")),
        FeedDates.parse(text(item, "date_modified")),
        summary == null ? null : Html.escape(summary),
        content,
        tags.stream().distinct().toList(),
        Links.base(location, link));
  }

  /** 1.1's {@code authors} array, else 1.0's {@code author} object. */
  private static String author(JsonNode node) {
    for (JsonNode a : node.path("authors")) {
      String name = text(a, "name");
      if (name != null) {
        return name;
      }
    }
    return text(node.path("author"), "name");
  }

  /** A string (or number, for numeric ids) member, stripped; null when absent or blank. */
  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || !(value.isString() || value.isNumber())) {
      return null;
    }
    String s = value.asString().strip();
    return s.isEmpty() ? null : s;
  }
}
