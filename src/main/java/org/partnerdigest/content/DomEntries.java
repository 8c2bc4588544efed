package org.partnerdigest.content;

import static org.partnerdigest.content.FeedElements.Vocabulary.ATOM;
import static org.partnerdigest.content.FeedElements.Vocabulary.DC;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What Rome's model loses but the DOM still has, per entry in document order: the effective {@code
 * xml:base} of the entry's content and link, the raw text of its date elements, its author, the
 * {@code xml:lang} in scope at its text, and its texts ({@link EntryTexts}).
 */
final class DomEntries {

  private static final Set<String> CONTENT =
      Set.of("content", "encoded", "body", "fullitem", "summary", "description");
  private static final Set<String> PUBLISHED =
      Set.of("pubDate", "published", "issued", "date", "created");
  private static final Set<String> UPDATED = Set.of("updated", "modified", "lastBuildDate");

  /**
   * One entry's (or the feed's) DOM facts.
   *
   * @param contentBase the xml:base of the content, null when none applies
   * @param linkBase the xml:base of the alternate link, null when none applies
   * @param language the xml:lang in scope at the entry's text: null when none is, blank when it is
   *     declared unknown ({@code xml:lang=""})
   * @param link the alternate link, absolute (an Atom 0.3 link may carry it as text)
   * @param id the Atom id (used for the feed)
   */
  record Facts(
      URI contentBase,
      URI linkBase,
      String published,
      String updated,
      String author,
      String language,
      EntryTexts texts,
      String link,
      String id) {}

  static final Facts NONE = new Facts(null, null, null, null, null, null, null, null, null);

  private DomEntries() {}

  /**
   * The facts of the entries Rome reads, in document order: Atom entries of the root feed, RSS
   * items of the channel (or, in RSS 1.0, of the root). Elements of the same name elsewhere (an
   * extension's own {@code item}) are not entries.
   */
  static List<Facts> read(Document doc, boolean atom, URI location) {
    FeedElements.Vocabulary vocabulary = atom ? ATOM : FeedElements.Vocabulary.RSS;
    String name = atom ? "entry" : "item";
    Element root = doc.getDocumentElement();
    List<Facts> facts = new ArrayList<>();
    for (Element child : FeedElements.children(root)) {
      if (FeedElements.is(child, vocabulary, name)) {
        facts.add(facts(child, EntryTexts.of(child, location), false, location));
      } else if (!atom && FeedElements.is(child, vocabulary, "channel")) {
        for (Element item : FeedElements.children(child)) {
          if (FeedElements.is(item, vocabulary, name)) {
            facts.add(facts(item, EntryTexts.of(item, location), false, location));
          }
        }
      }
    }
    return facts;
  }

  /** The same facts for the feed itself (RSS {@code channel} or the Atom root). */
  static Facts feed(Document doc, URI location) {
    Element root = doc.getDocumentElement();
    Element feed = root;
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "channel".equals(e.getLocalName())) {
        feed = e;
        break;
      }
    }
    return facts(feed, EntryTexts.feed(feed), true, location);
  }

  private static Facts facts(Element entry, EntryTexts texts, boolean feed, URI location) {
    URI contentBase = null;
    String published = null;
    String updated = null;
    URI linkBase = xmlBase(entry, location);
    String link = null;
    for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String name = child.getLocalName();
        if ("link".equals(name) && isAlternate(child) && link == null) {
          URI own = xmlBase(child, location);
          linkBase = own != null ? own : linkBase;
          link = Links.absolute(href(child), linkBase != null ? linkBase : location);
        }
        if (CONTENT.contains(name) && (contentBase == null || !"summary".equals(name))) {
          contentBase = xmlBase(child, location);
        } else if (PUBLISHED.contains(name) && published == null) {
          published = child.getTextContent();
        } else if (UPDATED.contains(name) && updated == null) {
          updated = child.getTextContent();
        }
      }
    }
    String author = AuthorElements.of(entry, feed);
    Element source = FeedElements.child(entry, ATOM, "source");
    if (author == null && source != null) {
      // RFC 4287, 4.2.1: an entry without authors has those of its atom:source.
      author = AuthorElements.of(source, false);
    }
    String language = feed ? FeedElements.childText(entry, DC, "language") : null;
    return new Facts(
        contentBase,
        linkBase,
        published,
        updated,
        author,
        language != null ? language : xmlLang(texts.textElement()),
        texts,
        link,
        FeedElements.childText(entry, ATOM, "id"));
  }

  private static boolean isAlternate(Element link) {
    String rel = link.getAttribute("rel").strip();
    return rel.isEmpty() || "alternate".equals(rel);
  }

  /** An Atom link's {@code href}; RSS and some Atom 0.3 writers put the URL in the text. */
  private static String href(Element link) {
    String href = link.getAttribute("href");
    return href.isBlank() ? FeedElements.text(link) : href.strip();
  }

  /** The nearest {@code xml:lang} in scope (XML 1.0, 2.12); blank when declared unknown. */
  static String xmlLang(Element element) {
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      if (e.hasAttributeNS(FeedElements.XML_NS, "lang")) {
        return e.getAttributeNS(FeedElements.XML_NS, "lang").strip();
      }
    }
    return null;
  }

  /** The effective xml:base of an element, or null when neither it nor an ancestor has one. */
  static URI xmlBase(Element element, URI location) {
    List<String> chain = new ArrayList<>();
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      String base = e.getAttributeNS(FeedElements.XML_NS, "base");
      if (!base.isEmpty()) {
        chain.addFirst(base);
      }
    }
    if (chain.isEmpty()) {
      return null;
    }
    URI uri = location;
    for (String base : chain) {
      uri = Links.base(uri, base);
    }
    return uri;
  }
}
