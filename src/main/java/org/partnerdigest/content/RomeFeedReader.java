package org.partnerdigest.content;

import com.rometools.rome.feed.WireFeed;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.module.SyModule;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import org.w3c.dom.Document;

/** Maps a (safely built) XML document through Rome into a {@link RawFeed}. */
final class RomeFeedReader {

  private RomeFeedReader() {}

  /**
   * Reads a well-formed feed document.
   *
   * @param language the language the HTTP response declared ({@code Content-Language}), or null
   */
  static RawFeed read(Document doc, URI location, String language) throws FeedException {
    FeedShape.normalize(doc);
    SyndFeedInput input = new SyndFeedInput(false, Locale.US);
    input.setPreserveWireFeed(true);
    SyndFeed feed = input.build(doc);
    WireFeed wire = feed.originalWireFeed();
    boolean atom = wire instanceof Feed;
    List<DomEntries.Facts> facts = DomEntries.read(doc, atom, location);
    if (facts.size() != feed.getEntries().size()) {
      facts = List.of();
    }
    DomEntries.Facts feedFacts = DomEntries.feed(doc, location);
    String feedLanguage = feedLanguage(feed, feedFacts, language);
    String feedAuthor = feedAuthor(feed, feedFacts);
    // RFC 4287, 4.2.1: an Atom entry without authors has the feed's; RSS has no such rule.
    String inherited = atom ? feedAuthor : null;
    List<RawEntry> entries = new ArrayList<>();
    for (int i = 0; i < feed.getEntries().size(); i++) {
      DomEntries.Facts f = facts.isEmpty() ? DomEntries.NONE : facts.get(i);
      RawEntry entry = entry(feed.getEntries().get(i), atom, f, location, feedLanguage);
      entries.add(entry.author() == null ? entry.withAuthor(inherited) : entry);
    }
    EntryTexts texts = feedFacts.texts();
    String link = feed.getLink() != null ? feed.getLink() : feedFacts.link();
    ParsedFeed.FeedInfo info =
        new ParsedFeed.FeedInfo(
            dom(texts.title(), atom, () -> title(feed.getTitleEx(), feed.getTitle(), atom)),
            Links.absolute(link, feedFacts.linkBase() != null ? feedFacts.linkBase() : location),
            dom(
                texts.summary(),
                atom,
                () -> title(feed.getDescriptionEx(), feed.getDescription(), atom)),
            feedLanguage,
            feedAuthor,
            feed.getPublishedDate() != null
                ? FeedDates.of(feed.getPublishedDate())
                : FeedDates.parse(
                    feedFacts.updated() != null ? feedFacts.updated() : feedFacts.published()),
            feedFacts.id());
    return new RawFeed(format(feed.getFeedType()), info, entries, refreshHint(feed, wire));
  }

  /** Rome's feed type names, aligned to ours ({@code rss_0.91U} → {@code rss_0.91}). */
  static String format(String feedType) {
    if (feedType == null) {
      return null;
    }
    if (feedType.equals("rss_0.9")) {
      return "rss_0.90";
    }
    return feedType.startsWith("rss_0.91") ? "rss_0.91" : feedType;
  }

  private static RawEntry entry(
      SyndEntry e, boolean atom, DomEntries.Facts f, URI location, String feedLanguage) {
    String guid = guid(e);
    EntryTexts texts = f.texts();
    // An Atom link is relative to the xml:base in scope where it stands, not to the document.
    URI linkBase = f.linkBase() != null ? f.linkBase() : location;
    String link = Links.absolute(e.getLink(), linkBase);
    if (link == null) {
      link = f.link();
    }
    if (link == null && texts != null) {
      link = texts.contentSrc();
    }
    if (link == null && e.getWireEntry() instanceof Item item && isPermalink(item)) {
      link = Links.absolute(guid, location);
    }
    URI base = f.contentBase() != null ? f.contentBase() : Links.base(location, link);
    String language = f.language() == null ? feedLanguage : f.language();
    return new RawEntry(
        guid,
        dom(
            texts == null ? null : texts.title(),
            atom && texts != null,
            () -> title(e.getTitleEx(), e.getTitle(), atom)),
        link,
        entryAuthor(e, f),
        language,
        e.getPublishedDate() != null
            ? FeedDates.of(e.getPublishedDate())
            : FeedDates.parse(f.published()),
        e.getUpdatedDate() != null
            ? FeedDates.of(e.getUpdatedDate())
            : FeedDates.parse(f.updated()),
        dom(
            texts == null ? null : texts.summary(),
            atom && texts != null,
            () -> html(e.getDescription(), atom)),
        dom(
            texts == null ? null : texts.content(),
            atom && texts != null,
            () -> romeContent(e, atom)),
        e.getCategories().stream()
            .map(SyndCategory::getName)
            .filter(Objects::nonNull)
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .distinct()
            .toList(),
        base);
  }

  /**
   * What the DOM read, else Rome's reading. For Atom the DOM's word is final: where it read nothing
   * (binary base64), Rome's raw value must not leak through.
   */
  private static String dom(String fromDom, boolean decided, Supplier<String> rome) {
    return fromDom != null || decided ? fromDom : rome.get();
  }

  private static String romeContent(SyndEntry e, boolean atom) {
    return e.getContents().stream()
        .map(c -> html(c, atom))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /**
   * The feed's language: RSS {@code language}, else {@code dc:language}, else the {@code xml:lang}
   * in scope at the feed, else the HTTP {@code Content-Language}.
   */
  private static String feedLanguage(SyndFeed feed, DomEntries.Facts f, String http) {
    if (feed.getLanguage() != null && !feed.getLanguage().isBlank()) {
      return feed.getLanguage().strip();
    }
    return f.language() != null && !f.language().isBlank() ? f.language() : http;
  }

  private static String guid(SyndEntry e) {
    Object wire = e.getWireEntry();
    if (wire instanceof Item item) {
      if (item.getGuid() != null) {
        return blankToNull(item.getGuid().getValue());
      }
      return blankToNull(item.getUri());
    }
    if (wire instanceof com.rometools.rome.feed.atom.Entry entry) {
      return blankToNull(entry.getId());
    }
    return blankToNull(e.getUri());
  }

  private static boolean isPermalink(Item item) {
    return item.getGuid() != null
        && item.getGuid().isPermaLink()
        && item.getGuid().getValue() != null
        && item.getGuid().getValue().strip().matches("(?i)https?://\\S+");
  }

  /** Text as HTML: Atom {@code type="text"} is escaped so the sanitizer keeps it literal. */
  private static String html(SyndContent c, boolean atom) {
    if (c == null || c.getValue() == null) {
      return null;
    }
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    boolean plain = atom && (type.equals("text") || type.equals("text/plain"));
    return plain ? Html.escape(c.getValue()) : c.getValue();
  }

  private static String title(SyndContent titleEx, String title, boolean atom) {
    return titleEx != null ? html(titleEx, atom) : title;
  }

  private static String entryAuthor(SyndEntry e, DomEntries.Facts f) {
    if (e.getAuthor() != null && !e.getAuthor().isBlank()) {
      return e.getAuthor();
    }
    return e.getAuthors().stream()
        .map(SyndPerson::getName)
        .filter(n -> n != null && !n.isBlank())
        .findFirst()
        .orElse(f.author());
  }

  private static String feedAuthor(SyndFeed feed, DomEntries.Facts f) {
    if (feed.getAuthor() != null && !feed.getAuthor().isBlank()) {
      return feed.getAuthor();
    }
    String fromList =
        feed.getAuthors().stream()
            .map(SyndPerson::getName)
            .filter(n -> n != null && !n.isBlank())
            .findFirst()
            .orElse(null);
    return fromList != null ? fromList : f.author();
  }

  private static Duration refreshHint(SyndFeed feed, WireFeed wire) {
    if (wire instanceof Channel channel && channel.getTtl() > 0) {
      return Duration.ofMinutes(channel.getTtl());
    }
    if (feed.getModule(SyModule.URI) instanceof SyModule sy && sy.getUpdatePeriod() != null) {
      Duration period =
          switch (sy.getUpdatePeriod().strip().toLowerCase(Locale.ROOT)) {
            case SyModule.HOURLY -> Duration.ofHours(1);
            case SyModule.DAILY -> Duration.ofDays(1);
            case SyModule.WEEKLY -> Duration.ofDays(7);
            case SyModule.MONTHLY -> Duration.ofDays(30);
            case SyModule.YEARLY -> Duration.ofDays(365);
            default -> null;
          };
      int frequency = Math.max(1, sy.getUpdateFrequency());
      return period == null ? null : period.dividedBy(frequency);
    }
    return null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
