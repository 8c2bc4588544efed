package org.partnerdigest.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Finding feed elements in a DOM by vocabulary and local name. Feeds spell namespace URIs loosely
 * (iTunes' in two cases, Media RSS with and without the trailing slash), so a namespace is matched
 * by the vocabulary it belongs to, not by one exact string.
 */
final class FeedElements {

  static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
  static final String ATOM_03 = "http://purl.org/atom/ns#";
  static final String ATOM_10 = "http://www.w3.org/2005/Atom";
  static final String XHTML = "http://www.w3.org/1999/xhtml";

  /** The vocabularies we read; {@code RSS} is no namespace or one of RSS's own. */
  enum Vocabulary {
    RSS,
    ATOM,
    XHTML,
    DC,
    CONTENT,
    ITUNES,
    MEDIA,
    OTHER;

    static Vocabulary of(Node node) {
      String ns = node.getNamespaceURI();
      if (ns == null || ns.isEmpty()) {
        return RSS;
      }
      String uri = ns.strip().toLowerCase(Locale.ROOT);
      if (uri.equals(ATOM_03) || uri.equals(ATOM_10.toLowerCase(Locale.ROOT))) {
        return ATOM;
      }
      if (uri.equals(FeedElements.XHTML)) {
        return XHTML;
      }
      if (uri.startsWith("http://purl.org/dc/elements/")) {
        return DC;
      }
      if (uri.startsWith("http://purl.org/rss/1.0/modules/content")) {
        return CONTENT;
      }
      // Apple's own early documentation used the example.com one.
      if (uri.startsWith("http://www.itunes.com/dtds/podcast")
          || uri.equals("http://example.com/dtds/podcast-1.0.dtd")) {
        return ITUNES;
      }
      if (uri.contains("search.yahoo.com/mrss")) {
        return MEDIA;
      }
      if (uri.equals("http://purl.org/rss/1.0/")
          || uri.equals("http://purl.org/rss/1.0")
          || uri.startsWith("http://my.netscape.com/rdf/simple/")
          || uri.startsWith("http://backend.userland.com/rss")) {
        return RSS;
      }
      return OTHER;
    }
  }

  private FeedElements() {}

  static String localName(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  static boolean is(Node node, Vocabulary vocabulary, String localName) {
    return node instanceof Element
        && localName(node).equals(localName)
        && Vocabulary.of(node) == vocabulary;
  }

  /** The direct child elements of {@code parent}. */
  static List<Element> children(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  /** The first direct child in {@code vocabulary} named {@code localName}, or null. */
  static Element child(Element parent, Vocabulary vocabulary, String localName) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (is(n, vocabulary, localName)) {
        return (Element) n;
      }
    }
    return null;
  }

  /** The stripped text of a child, or null when it is missing or blank. */
  static String childText(Element parent, Vocabulary vocabulary, String localName) {
    Element child = child(parent, vocabulary, localName);
    return child == null ? null : text(child);
  }

  /** The stripped text content of an element, or null when blank. */
  static String text(Element element) {
    String text = element.getTextContent();
    return text == null || text.isBlank() ? null : text.strip();
  }

  static boolean hasElementChildren(Element element) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element) {
        return true;
      }
    }
    return false;
  }
}
