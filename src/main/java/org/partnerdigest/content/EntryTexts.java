package org.partnerdigest.content;

import static org.partnerdigest.content.FeedElements.Vocabulary.ATOM;
import static org.partnerdigest.content.FeedElements.Vocabulary.CONTENT;
import static org.partnerdigest.content.FeedElements.Vocabulary.DC;
import static org.partnerdigest.content.FeedElements.Vocabulary.ITUNES;
import static org.partnerdigest.content.FeedElements.Vocabulary.MEDIA;
import static org.partnerdigest.content.FeedElements.Vocabulary.RSS;
import static org.partnerdigest.content.FeedElements.Vocabulary.XHTML;

import java.net.URI;
import org.w3c.dom.Element;

/**
 * The title, summary and content of one entry (or feed) element, read from the DOM as HTML.
 *
 * <p>Atom's text constructs are read by {@link AtomText} (Rome's reading loses base64, prefixed
 * XHTML and naked markup). RSS has extension elements for what the core lacks: full content as
 * {@code xhtml:body} (inline XHTML) or {@code fullitem} (escaped HTML); a summary from {@code
 * dc:description}, {@code itunes:summary}, {@code itunes:subtitle} (plain text) or {@code
 * media:description}; a title from {@code itunes:title} or {@code media:title}. An item with both
 * {@code summary} and {@code description} has its summary in the first and its full text in the
 * second.
 *
 * @param title the title, null when the element has none
 * @param summary the summary, null when none
 * @param content the full content, null when none
 * @param contentSrc the absolute URL of Atom out-of-line content ({@code content src}), or null
 * @param textElement the element whose {@code xml:lang} is the entry's language: its content, else
 *     its title (which every entry has), else its summary, else the entry itself
 */
record EntryTexts(
    String title, String summary, String content, String contentSrc, Element textElement) {

  static EntryTexts of(Element entry, URI location) {
    return FeedElements.Vocabulary.of(entry) == ATOM ? atom(entry, location) : rss(entry);
  }

  /**
   * A feed's title and description (as {@code summary}): Atom 1.0 {@code subtitle} or 0.3 {@code
   * tagline} (feeds mix the two versions' names), RSS {@code description}, else iTunes'.
   */
  static EntryTexts feed(Element feed) {
    boolean atom = FeedElements.Vocabulary.of(feed) == ATOM;
    FeedElements.Vocabulary vocabulary = atom ? ATOM : RSS;
    Element title = FeedElements.child(feed, vocabulary, "title");
    Element description =
        atom
            ? FeedElements.child(feed, ATOM, "subtitle")
            : FeedElements.child(feed, RSS, "description");
    if (description == null && atom) {
      description = FeedElements.child(feed, ATOM, "tagline");
    }
    String descriptionHtml;
    if (description != null) {
      descriptionHtml = atom ? AtomText.html(description) : rssHtml(description);
    } else {
      descriptionHtml = fallbackSummary(feed);
    }
    String titleHtml;
    if (title != null) {
      titleHtml = atom ? AtomText.html(title) : rssHtml(title);
    } else {
      titleHtml = fallbackTitle(feed);
    }
    return new EntryTexts(titleHtml, descriptionHtml, null, null, feed);
  }

  private static EntryTexts atom(Element entry, URI location) {
    Element title = FeedElements.child(entry, ATOM, "title");
    Element summary = FeedElements.child(entry, ATOM, "summary");
    Element content = FeedElements.child(entry, ATOM, "content");
    String src = content == null ? null : content.getAttribute("src").strip();
    String contentSrc = null;
    String contentHtml = null;
    if (src != null && !src.isEmpty()) {
      URI base = DomEntries.xmlBase(content, location);
      contentSrc = Links.absolute(src, base != null ? base : location);
      String shown = Html.escape(contentSrc);
      contentHtml = "<p><a href=\"%s\">%s</a></p>".formatted(shown, shown);
    } else if (content != null) {
      contentHtml = AtomText.html(content);
    }
    String summaryHtml = summary == null ? null : AtomText.html(summary);
    return new EntryTexts(
        title == null ? fallbackTitle(entry) : AtomText.html(title),
        summaryHtml != null ? summaryHtml : fallbackSummary(entry),
        contentHtml,
        contentSrc,
        firstPresent(entry, content, title, summary));
  }

  private static EntryTexts rss(Element item) {
    Element title = FeedElements.child(item, RSS, "title");
    Element summary = firstOf(item, "summary", "description");
    Element second = summary == null ? null : secondOf(item, summary, "summary", "description");
    Element content = FeedElements.child(item, CONTENT, "encoded");
    if (content == null) {
      content = FeedElements.child(item, XHTML, "body");
    }
    if (content == null) {
      content = FeedElements.child(item, RSS, "body");
    }
    if (content == null) {
      content = FeedElements.child(item, RSS, "fullitem");
    }
    if (content == null) {
      content = second;
    }
    return new EntryTexts(
        title == null ? fallbackTitle(item) : rssHtml(title),
        summary == null ? fallbackSummary(item) : rssHtml(summary),
        content == null ? null : rssHtml(content),
        null,
        firstPresent(item, content, title, summary));
  }

  /**
   * RSS text is HTML, escaped or not: child elements (an {@code xhtml:body}, unescaped markup in a
   * description) are that HTML written inline.
   */
  private static String rssHtml(Element element) {
    return FeedElements.hasElementChildren(element)
        ? XhtmlMarkup.inner(element)
        : element.getTextContent();
  }

  /** The first of the named RSS children, in document order. */
  private static Element firstOf(Element item, String a, String b) {
    for (Element child : FeedElements.children(item)) {
      if (FeedElements.is(child, RSS, a) || FeedElements.is(child, RSS, b)) {
        return child;
      }
    }
    return null;
  }

  /** The other of the two named RSS children after {@code first}, or null. */
  private static Element secondOf(Element item, Element first, String a, String b) {
    String other = FeedElements.localName(first).equals(a) ? b : a;
    return FeedElements.child(item, RSS, other);
  }

  private static String fallbackTitle(Element entry) {
    String title = FeedElements.childText(entry, ITUNES, "title");
    if (title == null) {
      Element media = media(entry, "title");
      title = media == null ? null : mediaText(media);
    }
    return title;
  }

  private static String fallbackSummary(Element entry) {
    Element dc = FeedElements.child(entry, DC, "description");
    if (dc != null && FeedElements.text(dc) != null) {
      return dc.getTextContent();
    }
    String summary = FeedElements.childText(entry, ITUNES, "summary");
    if (summary == null) {
      summary = FeedElements.childText(entry, ITUNES, "subtitle");
    }
    if (summary != null) {
      return Html.escape(summary);
    }
    Element media = media(entry, "description");
    return media == null ? null : mediaText(media);
  }

  /** A Media RSS element on the entry or in its {@code media:group} or {@code media:content}. */
  private static Element media(Element entry, String localName) {
    Element direct = FeedElements.child(entry, MEDIA, localName);
    if (direct != null) {
      return direct;
    }
    for (Element child : FeedElements.children(entry)) {
      if (FeedElements.is(child, MEDIA, "group") || FeedElements.is(child, MEDIA, "content")) {
        Element inner = FeedElements.child(child, MEDIA, localName);
        if (inner != null) {
          return inner;
        }
      }
    }
    return null;
  }

  /** Media RSS text is plain unless {@code type="html"}. */
  private static String mediaText(Element media) {
    String text = FeedElements.text(media);
    if (text == null) {
      return null;
    }
    return "html".equalsIgnoreCase(media.getAttribute("type").strip()) ? text : Html.escape(text);
  }

  private static Element firstPresent(Element entry, Element... candidates) {
    for (Element candidate : candidates) {
      if (candidate != null) {
        return candidate;
      }
    }
    return entry;
  }
}
