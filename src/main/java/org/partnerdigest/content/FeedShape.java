package org.partnerdigest.content;

import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Small structural fixes to a well-formed DOM so Rome accepts feeds that real readers accept: an
 * RSS document without a {@code channel} (or without, or with an unknown, {@code version}), RSS in
 * a namespace (Userland's), an empty RSS 1.0 document, and base64 content with line breaks.
 */
final class FeedShape {

  private static final String RSS10_NS = "http://purl.org/rss/1.0/";
  private static final Set<String> RSS_VERSIONS = Set.of("0.91", "0.92", "0.93", "0.94", "2.0");

  private FeedShape() {}

  static void normalize(Document doc) {
    Element root = doc.getDocumentElement();
    if (root == null) {
      return;
    }
    String name = localName(root);
    if (name.equals("rss")) {
      if (root.getNamespaceURI() != null) {
        root = (Element) withoutNamespace(doc, root, root.getNamespaceURI());
      }
      if (!RSS_VERSIONS.contains(root.getAttribute("version").strip())) {
        root.setAttribute("version", "2.0");
      }
      ensureChild(doc, root, null, "channel");
    } else if (name.equals("RDF")) {
      ensureChild(doc, root, RSS10_NS, "channel");
    }
    trimBase64(root);
  }

  private static void ensureChild(Document doc, Element parent, String ns, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && localName(e).equals(name)) {
        return;
      }
    }
    parent.appendChild(doc.createElementNS(ns, name));
  }

  /** Moves an element and its descendants from {@code ns} into no namespace. */
  private static Node withoutNamespace(Document doc, Node node, String ns) {
    Node renamed = node;
    if (node instanceof Element e && ns.equals(e.getNamespaceURI())) {
      renamed = doc.renameNode(e, null, localName(e));
      ((Element) renamed).removeAttribute("xmlns");
    }
    for (Node child = renamed.getFirstChild(); child != null; child = child.getNextSibling()) {
      child = withoutNamespace(doc, child, ns);
    }
    return renamed;
  }

  /** Rome's base64 decoder chokes on the line breaks that wrapped base64 content has. */
  private static void trimBase64(Element element) {
    if ("base64".equals(element.getAttribute("mode"))) {
      element.setTextContent(element.getTextContent().replaceAll("\\s+", ""));
      return;
    }
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        trimBase64(child);
      }
    }
  }

  private static String localName(Element e) {
    return e.getLocalName() != null ? e.getLocalName() : e.getTagName();
  }
}
