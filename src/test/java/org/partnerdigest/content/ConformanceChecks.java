package org.partnerdigest.content;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jsoup.Jsoup;
import tools.jackson.databind.JsonNode;

/**
 * Evaluates feedparser's translated checks against our {@link ParsedFeed}. Text fields are compared
 * after whitespace folding; summary and content as "our text contains the expected text"
 * (feedparser serializes HTML its own way); dates as instants; authors pass when feedparser's "Name
 * (email)" form starts with our name.
 */
final class ConformanceChecks {

  /**
   * Sub-fields (feedparser "details") we model; types, bases, emails and URLs we do not. A text
   * construct's language is compared with its entry's (or feed's) language.
   */
  private static final Set<String> COMPARABLE_DETAILS = Set.of("value", "name", "term", "language");

  private ConformanceChecks() {}

  /** Null when the check does not apply to what we model; else whether it passed. */
  static Boolean field(JsonNode check, ParsedFeed feed) {
    String detail = check.path("detail").asString(null);
    if (detail != null && !COMPARABLE_DETAILS.contains(detail)) {
      return null;
    }
    String field = "language".equals(detail) ? "language" : check.path("field").asString();
    String op = check.path("op").asString();
    boolean entryScope = check.path("kind").asString().equals("entry_field");
    if (entryScope) {
      int index = check.path("index").asInt();
      if (feed == null || index >= feed.entries().size()) {
        return feed == null ? Boolean.FALSE : Boolean.valueOf(expectedAbsent(op));
      }
      return entryField(check, field, op, feed.entries().get(index));
    }
    if (feed == null) {
      return Boolean.FALSE;
    }
    return feedField(check, field, op, feed.feed());
  }

  private static boolean expectedAbsent(String op) {
    return op.equals("absent");
  }

  private static Boolean entryField(JsonNode check, String field, String op, ParsedEntry e) {
    return switch (field) {
      case "title" -> title(op, check, e.title());
      case "link" -> text(op, check, e.link());
      case "id" -> text(op, check, e.guid());
      case "author" -> author(op, check, e.author());
      case "summary" -> contains(op, check, e.summary() != null ? e.summary() : e.content());
      case "content" -> contains(op, check, e.content() != null ? e.content() : e.summary());
      case "published" -> date(op, check, e.published());
      case "updated" -> date(op, check, e.updated() != null ? e.updated() : e.published());
      case "categories" -> category(op, check, e.categories());
      case "language" -> text(op, check, e.language());
      default -> null;
    };
  }

  private static Boolean feedField(JsonNode check, String field, String op, ParsedFeed.FeedInfo f) {
    return switch (field) {
      case "title" -> title(op, check, f.title());
      case "link" -> text(op, check, f.link());
      case "author" -> author(op, check, f.author());
      case "summary" -> contains(op, check, f.description());
      case "updated", "published" -> date(op, check, f.updated());
      case "language" -> text(op, check, f.language());
      case "id" -> text(op, check, f.id());
      default -> null;
    };
  }

  private static Boolean text(String op, JsonNode check, String actual) {
    if (op.equals("absent")) {
      return actual == null;
    }
    if (!op.equals("eq") || !check.path("value").isString()) {
      return null;
    }
    return fold(check.path("value").asString()).equals(fold(actual));
  }

  /** Our titles are plain text by design; feedparser keeps markup, so compare its text. */
  private static Boolean title(String op, JsonNode check, String actual) {
    Boolean exact = text(op, check, actual);
    if (exact == null || exact) {
      return exact;
    }
    return fold(Jsoup.parse(check.path("value").asString()).text()).equals(fold(actual));
  }

  private static Boolean author(String op, JsonNode check, String actual) {
    Boolean exact = text(op, check, actual);
    if (exact == null || exact || actual == null || actual.isBlank()) {
      return exact;
    }
    return fold(check.path("value").asString()).startsWith(fold(actual));
  }

  private static Boolean contains(String op, JsonNode check, String html) {
    if (!op.equals("eq") || !check.path("value").isString()) {
      return null;
    }
    String expected = fold(Jsoup.parse(check.path("value").asString()).text());
    String actual = html == null ? "" : fold(Jsoup.parse(html).text());
    return actual.contains(expected);
  }

  private static Boolean date(String op, JsonNode check, Instant actual) {
    if (!op.equals("eq")) {
      return null;
    }
    String utc = check.path("value_utc").asString(null);
    Instant expected =
        utc != null ? Instant.parse(utc) : FeedDates.parse(check.path("value").asString(null));
    return expected == null ? null : expected.equals(actual);
  }

  private static Boolean category(String op, JsonNode check, List<String> categories) {
    if (!op.equals("eq") || !check.has("item")) {
      return null;
    }
    int item = check.path("item").asInt();
    String actual = item < categories.size() ? categories.get(item) : null;
    return fold(check.path("value").asString()).equals(fold(actual));
  }

  /** True when the entry's summary, content or title has the forbidden text (case-insensitive). */
  static boolean violates(JsonNode check, ParsedFeed feed) {
    int index = check.path("index").asInt(0);
    if (feed == null || index >= feed.entries().size()) {
      return false;
    }
    ParsedEntry e = feed.entries().get(index);
    String needle = check.path("value").asString().toLowerCase(Locale.ROOT);
    return Objects.toString(e.summary(), "").toLowerCase(Locale.ROOT).contains(needle)
        || Objects.toString(e.content(), "").toLowerCase(Locale.ROOT).contains(needle)
        || Objects.toString(e.title(), "").toLowerCase(Locale.ROOT).contains(needle);
  }

  static String fold(String s) {
    return s == null ? "" : s.strip().replaceAll("\\s+", " ");
  }
}
