package org.partnerdigest.content;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * Inline XHTML (Atom {@code type="xhtml"}, {@code xhtml:body}, naked markup) serialized as HTML for
 * the sanitizer. Elements are written by local name, so a prefix ({@code <h:p>}) reads as the HTML
 * element it is; namespace declarations and namespaced attributes are dropped ({@code xml:lang}
 * becomes {@code lang}). Iterative, so deep nesting cannot overflow the stack.
 */
final class XhtmlMarkup {

  private static final Set<String> VOID =
      Set.of(
          "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
          "track", "wbr");

  private XhtmlMarkup() {}

  /**
   * The markup inside {@code element}. An Atom xhtml construct wraps its content in one XHTML
   * {@code div} that is not part of it (RFC 4287, 3.1.1.3); that div is left out.
   */
  static String inner(Element element) {
    Element wrapper = wrappingDiv(element);
    StringBuilder out = new StringBuilder();
    Element from = wrapper != null ? wrapper : element;
    for (Node n = from.getFirstChild(); n != null; n = n.getNextSibling()) {
      write(n, out);
    }
    return out.toString();
  }

  private static Element wrappingDiv(Element element) {
    Element only = null;
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        if (only != null) {
          return null;
        }
        only = e;
      } else if (n instanceof Text t && !t.getData().isBlank()) {
        return null;
      }
    }
    boolean div =
        only != null
            && FeedElements.localName(only).equals("div")
            && FeedElements.XHTML.equals(only.getNamespaceURI());
    return div ? only : null;
  }

  /** Writes one node and its subtree; a stack of pending end tags replaces recursion. */
  private static void write(Node root, StringBuilder out) {
    Deque<Object> work = new ArrayDeque<>();
    work.push(root);
    while (!work.isEmpty()) {
      Object next = work.pop();
      if (next instanceof String endTag) {
        out.append(endTag);
      } else if (next instanceof Text text) {
        out.append(Html.escape(text.getData()));
      } else if (next instanceof Element e) {
        String name = FeedElements.localName(e);
        out.append('<').append(name);
        attributes(e, out);
        out.append('>');
        if (VOID.contains(name)) {
          continue;
        }
        work.push("</" + name + ">");
        for (Node child = e.getLastChild(); child != null; child = child.getPreviousSibling()) {
          work.push(child);
        }
      }
    }
  }

  private static void attributes(Element e, StringBuilder out) {
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String name = a.getName();
      String ns = a.getNamespaceURI();
      if (name.equals("xmlns") || name.startsWith("xmlns:")) {
        continue;
      }
      if (FeedElements.XML_NS.equals(ns) && "lang".equals(a.getLocalName())) {
        name = "lang";
      } else if (ns != null && !ns.isEmpty()) {
        continue;
      }
      out.append(' ').append(name).append("=\"").append(Html.escape(a.getValue())).append('"');
    }
  }
}
