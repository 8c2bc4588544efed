package org.partnerdigest.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The format-independent last step: sanitize and derive text, excerpt, ids and hashes. */
final class FeedFinisher {

  private static final int EXCERPT_LENGTH = 300;

  private final HtmlSanitizer sanitizer;

  FeedFinisher(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  ParsedFeed finish(RawFeed raw, boolean recovered, String feedKey, URI location) {
    List<RawEntry> cleaned = new ArrayList<>(raw.entries().size());
    for (RawEntry e : raw.entries()) {
      URI base = e.base() != null ? e.base() : location;
      cleaned.add(
          new RawEntry(
              e.guid(),
              plain(e.title()),
              e.link(),
              AuthorNames.display(plain(e.author())),
              blankToNull(e.language()),
              e.published(),
              e.updated(),
              html(e.summary(), base),
              html(e.content(), base),
              FeedParser.nonBlank(e.categories().stream().map(this::plain).toList()),
              base));
    }
    List<String> ids =
        EntryIds.assign(
            feedKey,
            cleaned.stream()
                .map(e -> new EntryIds.Key(e.guid(), e.link(), e.title(), e.published()))
                .toList());
    List<ParsedEntry> entries = new ArrayList<>(cleaned.size());
    for (int i = 0; i < cleaned.size(); i++) {
      entries.add(entry(ids.get(i), cleaned.get(i)));
    }
    ParsedFeed.FeedInfo f = raw.feed();
    ParsedFeed.FeedInfo info =
        new ParsedFeed.FeedInfo(
            plain(f.title()),
            f.link(),
            plain(f.description()),
            blankToNull(f.language()),
            AuthorNames.display(plain(f.author())),
            f.updated(),
            blankToNull(f.id()));
    return new ParsedFeed(raw.format(), info, entries, recovered, raw.refreshHint());
  }

  private ParsedEntry entry(String id, RawEntry e) {
    String body = e.content() != null ? e.content() : e.summary();
    String text = body == null ? null : blankToNull(sanitizer.plainText(body));
    String excerpt = text == null ? null : HtmlSanitizer.excerpt(text, EXCERPT_LENGTH);
    String hash =
        EntryIds.contentHash(
            e.title(),
            e.link(),
            e.author(),
            e.published(),
            e.updated(),
            e.summary(),
            e.content(),
            e.categories());
    return new ParsedEntry(
        id,
        e.guid(),
        e.title(),
        e.link(),
        e.author(),
        e.language(),
        e.published(),
        e.updated(),
        e.summary(),
        e.content(),
        e.categories(),
        text,
        excerpt,
        hash);
  }

  private String plain(String raw) {
    return raw == null || raw.isBlank() ? null : blankToNull(sanitizer.plainTitle(raw));
  }

  private String html(String raw, URI base) {
    return raw == null || raw.isBlank() ? null : blankToNull(sanitizer.clean(raw, base));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
