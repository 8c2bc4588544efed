package org.partnerdigest.search;

import java.time.Instant;
import java.util.List;
import org.partnerdigest.crawl.ArchivedEntry;

/** Builds archived entries for tests. */
final class Entries {

  static final Instant PUBLISHED = Instant.parse("2026-11-01T09:00:00Z");

  private Entries() {}

  static ArchivedEntry entry(String id, String feed, String title, String text) {
    return entry(id, feed, title, text, PUBLISHED);
  }

  static ArchivedEntry entry(String id, String feed, String title, String text, Instant published) {
    return new ArchivedEntry(
        id,
        feed,
        0,
        id,
        title,
        "https://example.com/" + feed + "/" + id,
        null,
        published,
        null,
        null,
        null,
        List.of(),
        text,
        excerpt(text),
        published,
        false,
        false,
        false);
  }

  static ArchivedEntry withLink(ArchivedEntry e, String link) {
    return new ArchivedEntry(
        e.id(),
        e.feedKey(),
        e.seq(),
        e.guid(),
        e.title(),
        link,
        e.author(),
        e.published(),
        e.updated(),
        e.summary(),
        e.content(),
        e.categories(),
        e.text(),
        e.excerpt(),
        e.firstSeen(),
        e.hidden(),
        e.pinned(),
        e.deleted());
  }

  static ArchivedEntry withAuthor(ArchivedEntry e, String author, List<String> categories) {
    return new ArchivedEntry(
        e.id(),
        e.feedKey(),
        e.seq(),
        e.guid(),
        e.title(),
        e.link(),
        author,
        e.published(),
        e.updated(),
        e.summary(),
        e.content(),
        categories,
        e.text(),
        e.excerpt(),
        e.firstSeen(),
        e.hidden(),
        e.pinned(),
        e.deleted());
  }

  static ArchivedEntry withSummary(ArchivedEntry e, String summary) {
    return new ArchivedEntry(
        e.id(),
        e.feedKey(),
        e.seq(),
        e.guid(),
        e.title(),
        e.link(),
        e.author(),
        e.published(),
        e.updated(),
        summary,
        e.content(),
        e.categories(),
        e.text(),
        e.excerpt(),
        e.firstSeen(),
        e.hidden(),
        e.pinned(),
        e.deleted());
  }

  static ArchivedEntry withSeq(ArchivedEntry e, long seq) {
    return new ArchivedEntry(
        e.id(),
        e.feedKey(),
        seq,
        e.guid(),
        e.title(),
        e.link(),
        e.author(),
        e.published(),
        e.updated(),
        e.summary(),
        e.content(),
        e.categories(),
        e.text(),
        e.excerpt(),
        e.firstSeen(),
        e.hidden(),
        e.pinned(),
        e.deleted());
  }

  static ArchivedEntry flags(ArchivedEntry e, boolean hidden, boolean pinned, boolean deleted) {
    return new ArchivedEntry(
        e.id(),
        e.feedKey(),
        e.seq(),
        e.guid(),
        e.title(),
        e.link(),
        e.author(),
        e.published(),
        e.updated(),
        e.summary(),
        e.content(),
        e.categories(),
        e.text(),
        e.excerpt(),
        e.firstSeen(),
        hidden,
        pinned,
        deleted);
  }

  private static String excerpt(String text) {
    return text == null ? "" : text.substring(0, Math.min(200, text.length()));
  }
}
