package org.partnerdigest.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The format-independent last step, which every entry and feed passes on its way out of the module:
 * sanitize, hold links to {@link Links}' policy, strip what XML cannot carry ({@link
 * XmlCharacters}), bound every field ({@link FieldLimits}), then derive text, excerpt, ids, hashes
 * and notes.
 */
final class FeedFinisher {

  private static final int EXCERPT_LENGTH = 300;
  private static final char REPLACEMENT = '\uFFFD';

  private final HtmlSanitizer sanitizer;

  FeedFinisher(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  /**
   * @param malformed the document's bytes did not fit its charset (see {@link DecodedText})
   */
  ParsedFeed finish(
      RawFeed raw, boolean recovered, boolean malformed, String feedKey, URI location) {
    URI webLocation = Links.firstWeb(location);
    ParsedFeed.FeedInfo info = feedInfo(raw.feed(), webLocation);
    // What no xml:base made absolute resolves against the document, else against the channel link.
    URI fallback = Links.firstWeb(webLocation, Links.uri(info.link()));
    List<Cleaned> cleaned = raw.entries().stream().map(e -> clean(e, fallback)).toList();
    List<String> ids = EntryIds.assign(feedKey, cleaned.stream().map(Cleaned::identity).toList());
    List<ParsedEntry> entries = new ArrayList<>(cleaned.size());
    for (int i = 0; i < cleaned.size(); i++) {
      entries.add(entry(ids.get(i), cleaned.get(i), malformed));
    }
    return new ParsedFeed(raw.format(), info, entries, recovered, raw.refreshHint());
  }

  /**
   * An entry's stored fields (as a {@link RawEntry}), the full values its identity derives from,
   * and whether a field was cut.
   */
  private record Cleaned(
      RawEntry fields, EntryIds.Key identity, boolean truncated, String bodyText) {}

  private Cleaned clean(RawEntry e, URI fallback) {
    FieldBounds bounds = new FieldBounds(sanitizer);
    URI base = Links.webBase(e.base(), fallback);
    String guid = XmlCharacters.strip(e.guid());
    String link = Links.web(e.link(), fallback);
    String title = bounds.text(plain(bounds.raw(e.title(), FieldLimits.TITLE)), FieldLimits.TITLE);
    SanitizedHtml summary = html(bounds.raw(e.summary(), FieldLimits.SUMMARY), base);
    SanitizedHtml content = html(bounds.raw(e.content(), FieldLimits.CONTENT), base);
    RawEntry fields =
        new RawEntry(
            bounds.text(guid, FieldLimits.GUID),
            title,
            bounds.link(link),
            author(bounds, e.author()),
            bounds.text(blankToNull(XmlCharacters.strip(e.language())), FieldLimits.LANGUAGE),
            e.published(),
            e.updated(),
            bounds.html(summary == null ? null : summary.html(), FieldLimits.SUMMARY),
            bounds.html(content == null ? null : content.html(), FieldLimits.CONTENT),
            bounds.categories(e.categories(), this::plain),
            base);
    // Identity keeps the whole guid and link, so two long ones that share a prefix stay apart.
    EntryIds.Key identity = new EntryIds.Key(guid, link, title, e.published());
    String bodyText =
        fields.content() != null
            ? text(fields.content(), content)
            : fields.summary() != null ? text(fields.summary(), summary) : null;
    return new Cleaned(fields, identity, bounds.truncated(), bodyText);
  }

  /** The plain text of stored HTML: the sanitizer's, unless bounds cut the HTML after it. */
  private String text(String stored, SanitizedHtml sanitized) {
    return stored.equals(sanitized.html()) ? sanitized.text() : sanitizer.plainText(stored);
  }

  private ParsedEntry entry(String id, Cleaned cleaned, boolean malformed) {
    RawEntry e = cleaned.fields();
    String body = cleaned.bodyText();
    String text = body == null ? null : blankToNull(XmlCharacters.strip(body));
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
    Set<EntryNote> notes = EnumSet.noneOf(EntryNote.class);
    if (cleaned.truncated()) {
      notes.add(EntryNote.TRUNCATED);
    }
    if (malformed && hasReplacementCharacter(e)) {
      notes.add(EntryNote.INVALID_ENCODING);
    }
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
        hash,
        notes);
  }

  /** Feed-level fields, bounded like an entry's (a cut there has no entry to be noted on). */
  private ParsedFeed.FeedInfo feedInfo(ParsedFeed.FeedInfo f, URI webLocation) {
    FieldBounds bounds = new FieldBounds(sanitizer);
    return new ParsedFeed.FeedInfo(
        bounds.text(plain(bounds.raw(f.title(), FieldLimits.TITLE)), FieldLimits.TITLE),
        bounds.link(Links.web(f.link(), webLocation)),
        bounds.text(plain(bounds.raw(f.description(), FieldLimits.SUMMARY)), FieldLimits.SUMMARY),
        bounds.text(blankToNull(XmlCharacters.strip(f.language())), FieldLimits.LANGUAGE),
        author(bounds, f.author()),
        f.updated(),
        bounds.text(blankToNull(XmlCharacters.strip(f.id())), FieldLimits.GUID));
  }

  private String author(FieldBounds bounds, String raw) {
    String name = AuthorNames.display(plain(bounds.raw(raw, FieldLimits.AUTHOR)));
    return bounds.text(name, FieldLimits.AUTHOR);
  }

  /** Whether invalid bytes of the document ended up in this entry's fields. */
  private static boolean hasReplacementCharacter(RawEntry e) {
    return Stream.concat(
            Stream.of(e.guid(), e.title(), e.link(), e.author(), e.summary(), e.content()),
            e.categories().stream())
        .anyMatch(s -> s != null && s.indexOf(REPLACEMENT) >= 0);
  }

  private String plain(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return blankToNull(XmlCharacters.strip(sanitizer.plainTitle(raw)));
  }

  /** Cleaned HTML with its text; null when nothing is left. */
  private SanitizedHtml html(String raw, URI base) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    SanitizedHtml cleaned = sanitizer.cleanWithText(raw, base);
    String html = blankToNull(cleaned.html());
    return html == null ? null : new SanitizedHtml(html, cleaned.text());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
