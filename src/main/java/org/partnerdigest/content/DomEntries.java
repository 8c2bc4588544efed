package org.partnerdigest.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What Rome's model loses but the DOM still has, per entry in document order: the effective {@code
 * xml:base} of the entry's content and the raw text of its date elements.
 */
final class DomEntries {

  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  private static final Set<String> CONTENT = Set.of("content", "encoded", "summary", "description");
  private static final Set<String> PUBLISHED =
      Set.of("pubDate", "published", "issued", "date", "created");
  private static final Set<String> UPDATED = Set.of("updated", "modified", "lastBuildDate");
  private static final Set<String> AUTHOR = Set.of("author", "creator");

  /**
   * One entry's DOM facts; {@code contentBase} and {@code linkBase} (the base of the entry's link)
   * are null when no {@code xml:base} applies.
   */
  record Facts(URI contentBase, String published, String updated, String author, URI linkBase) {}

  static final Facts NONE = new Facts(null, null, null, null, null);

  private DomEntries() {}

  static List<Facts> read(Document doc, String entryName, URI location) {
    NodeList nodes = doc.getElementsByTagNameNS("*", entryName);
    List<Facts> facts = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      Element entry = (Element) nodes.item(i);
      facts.add(facts(entry, location));
    }
    return facts;
  }

  private static Facts facts(Element entry, URI location) {
    URI contentBase = null;
    String published = null;
    String updated = null;
    String author = null;
    URI linkBase = xmlBase(entry, location);
    for (Node n = entry.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        String name = child.getLocalName();
        if ("link".equals(name) && isAlternate(child)) {
          URI own = xmlBase(child, location);
          linkBase = own != null ? own : linkBase;
        }
        if (CONTENT.contains(name) && (contentBase == null || !"summary".equals(name))) {
          contentBase = xmlBase(child, location);
        } else if (PUBLISHED.contains(name) && published == null) {
          published = child.getTextContent();
        } else if (UPDATED.contains(name) && updated == null) {
          updated = child.getTextContent();
        } else if (AUTHOR.contains(name) && author == null && !child.getTextContent().isBlank()) {
          author = child.getTextContent().strip();
        }
      }
    }
    return new Facts(contentBase, published, updated, author, linkBase);
  }

  private static boolean isAlternate(Element link) {
    String rel = link.getAttribute("rel");
    return rel.isEmpty() || "alternate".equals(rel);
  }

  /** The same facts for the feed itself (RSS {@code channel} or the Atom root). */
  static Facts feed(Document doc, URI location) {
    Element root = doc.getDocumentElement();
    for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && "channel".equals(e.getLocalName())) {
        return facts(e, location);
      }
    }
    return facts(root, location);
  }

  /** The effective xml:base of an element, or null when neither it nor an ancestor has one. */
  static URI xmlBase(Element element, URI location) {
    List<String> chain = new ArrayList<>();
    for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
      String base = e.getAttributeNS(XML_NS, "base");
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
