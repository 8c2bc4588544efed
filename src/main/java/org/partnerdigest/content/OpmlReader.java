package org.partnerdigest.content;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

/**
 * Reads the feeds an OPML file lists (a subscription list exported from a feed reader), with the
 * same hardened parser as feeds: no DTD, no entities from outside, a size cap. Pure.
 */
public final class OpmlReader {

  /** Larger uploads are refused unread: ten thousand feeds fit in well under 1 MiB. */
  public static final int MAX_BYTES = 1024 * 1024;

  private static final SafeXml XML = new SafeXml();

  private OpmlReader() {}

  /**
   * Every outline with an {@code xmlUrl}, in document order (nested folders flattened).
   *
   * @throws FeedParseException when the bytes are not a well-formed OPML document, with the
   *     parser's line and column
   */
  public static List<OpmlOutline> read(byte[] body) throws FeedParseException {
    if (body == null || body.length == 0) {
      throw new FeedParseException("the OPML file is empty");
    }
    if (body.length > MAX_BYTES) {
      throw new FeedParseException("the OPML file is larger than 1 MiB");
    }
    String text = XmlRepair.stripDoctype(CharsetSniffer.decode(body, null).text());
    org.w3c.dom.Document doc;
    try {
      doc = XML.parse(text);
    } catch (SAXParseException e) {
      String where =
          e.getLineNumber() > 0
              ? "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": "
              : "";
      throw new FeedParseException("not well-formed OPML: " + where + e.getMessage());
    }
    Element root = doc.getDocumentElement();
    if (!"opml".equals(root.getLocalName() == null ? root.getNodeName() : root.getLocalName())) {
      throw new FeedParseException(
          "not OPML: the root element is <" + root.getNodeName() + ">, not <opml>");
    }
    List<OpmlOutline> outlines = new ArrayList<>();
    collect(root, null, outlines);
    return outlines;
  }

  private static void collect(Element parent, String category, List<OpmlOutline> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (!(n instanceof Element e)) {
        continue;
      }
      String name = e.getLocalName() == null ? e.getNodeName() : e.getLocalName();
      if (name.equals("body")) {
        collect(e, category, out);
      } else if (name.equals("outline")) {
        String xmlUrl = e.getAttribute("xmlUrl").strip();
        String text = e.getAttribute("text").strip();
        if (!xmlUrl.isEmpty()) {
          String title = e.getAttribute("title").strip();
          String htmlUrl = e.getAttribute("htmlUrl").strip();
          out.add(
              new OpmlOutline(
                  title.isEmpty() ? text : title,
                  xmlUrl,
                  htmlUrl.isEmpty() ? null : htmlUrl,
                  category));
        }
        collect(e, xmlUrl.isEmpty() && !text.isEmpty() ? text : category, out);
      }
    }
  }
}
