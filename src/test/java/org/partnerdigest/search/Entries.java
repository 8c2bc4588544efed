package org.partnerdigest.search;

import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.ArchivedEntry.EntryFlags;
import org.partnerdigest.bench.GeneratedFeeds;
import org.partnerdigest.content.TestEntries;

/** Builds archived entries for tests. */
final class Entries {

  static final Instant PUBLISHED = Instant.parse("2026-11-01T09:00:00Z");

  private Entries() {}

  static ArchivedEntry entry(String id, String feed, String title, String text) {
    return entry(id, feed, title, text, PUBLISHED);
  }

  static ArchivedEntry entry(String id, String feed, String title, String text, Instant published) {
    return archived(
        feed,
        TestEntries.entry(id)
            .title(title)
            .link("https://example.com/" + feed + "/" + id)
            .published(published)
            .text(text)
            .excerpt(text == null ? "" : null),
        published);
  }

  /** An archived, visible entry of {@code feed}, first seen at {@code firstSeen}. */
  /** A benchmark generator's entry as the archive holds it in feed {@code feed}. */
  static ArchivedEntry generated(String feed, GeneratedFeeds.Entry e) {
    return archived(
        feed,
        TestEntries.entry(e.id())
            .title(e.title())
            .link(e.link())
            .author(e.author())
            .published(e.published())
            .categories(e.categories())
            .summary(e.summary())
            .content(e.html())
            .text(Jsoup.parse(e.html()).text()),
        e.published());
  }

  static ArchivedEntry archived(String feed, TestEntries entry, Instant firstSeen) {
    return new ArchivedEntry(entry.build(), feed, 0, firstSeen, EntryFlags.NONE);
  }

  static ArchivedEntry withLink(ArchivedEntry e, String link) {
    return change(e, b -> b.link(link));
  }

  static ArchivedEntry withAuthor(ArchivedEntry e, String author, List<String> categories) {
    return change(e, b -> b.author(author).categories(categories));
  }

  static ArchivedEntry withSummary(ArchivedEntry e, String summary) {
    return change(e, b -> b.summary(summary));
  }

  static ArchivedEntry withSeq(ArchivedEntry e, long seq) {
    return new ArchivedEntry(e.entry(), e.feedKey(), seq, e.firstSeen(), e.flags());
  }

  static ArchivedEntry flags(ArchivedEntry e, boolean hidden, boolean pinned, boolean deleted) {
    return new ArchivedEntry(
        e.entry(), e.feedKey(), e.seq(), e.firstSeen(), new EntryFlags(hidden, pinned, deleted));
  }

  private static ArchivedEntry change(ArchivedEntry e, UnaryOperator<TestEntries> change) {
    return new ArchivedEntry(
        change.apply(TestEntries.from(e.entry())).build(),
        e.feedKey(),
        e.seq(),
        e.firstSeen(),
        e.flags());
  }
}
