package org.partnerdigest.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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
        false,
        Set.of());
  }

  static ArchivedEntry withLink(ArchivedEntry e, String link) {
    return copy(e, c -> c.link = link);
  }

  static ArchivedEntry withAuthor(ArchivedEntry e, String author, List<String> categories) {
    return copy(
        e,
        c -> {
          c.author = author;
          c.categories = categories;
        });
  }

  static ArchivedEntry withSummary(ArchivedEntry e, String summary) {
    return copy(e, c -> c.summary = summary);
  }

  static ArchivedEntry withSeq(ArchivedEntry e, long seq) {
    return copy(e, c -> c.seq = seq);
  }

  static ArchivedEntry flags(ArchivedEntry e, boolean hidden, boolean pinned, boolean deleted) {
    return copy(
        e,
        c -> {
          c.hidden = hidden;
          c.pinned = pinned;
          c.deleted = deleted;
        });
  }

  private static String excerpt(String text) {
    return text == null ? "" : text.substring(0, Math.min(200, text.length()));
  }

  private static ArchivedEntry copy(ArchivedEntry e, Consumer<Copy> change) {
    Copy c = new Copy(e);
    change.accept(c);
    return c.build();
  }

  /** The changeable fields of a copy; the rest are taken from the original. */
  private static final class Copy {
    private final ArchivedEntry e;
    long seq;
    String link;
    String author;
    String summary;
    List<String> categories;
    boolean hidden;
    boolean pinned;
    boolean deleted;

    Copy(ArchivedEntry e) {
      this.e = e;
      seq = e.seq();
      link = e.link();
      author = e.author();
      summary = e.summary();
      categories = e.categories();
      hidden = e.hidden();
      pinned = e.pinned();
      deleted = e.deleted();
    }

    ArchivedEntry build() {
      return new ArchivedEntry(
          e.id(),
          e.feedKey(),
          seq,
          e.guid(),
          e.title(),
          link,
          author,
          e.published(),
          e.updated(),
          summary,
          e.content(),
          categories,
          e.text(),
          e.excerpt(),
          e.firstSeen(),
          hidden,
          pinned,
          deleted,
          e.notes());
    }
  }
}
