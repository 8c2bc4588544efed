package org.partnerdigest.content;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Channel Definition Format (W3C NOTE-CDFsubmit-19970309), Microsoft's 1997 push-channel format,
 * which Rome does not read: a {@code CHANNEL} root with {@code HREF}, {@code BASE} and {@code
 * LASTMOD} attributes and {@code TITLE} and {@code ABSTRACT} children, holding {@code ITEM}s (also
 * inside nested sub-channels) with the same. Names are matched case-insensitively, as CDF's HTML
 * heritage has them written either way. {@code ABSTRACT} is plain text.
 */
final class CdfFeedReader {

  private CdfFeedReader() {}

  static boolean isCdf(Document doc) {
    Element root = doc.getDocumentElement();
    return root != null
        && root.getNamespaceURI() == null
        && FeedElements.localName(root).equalsIgnoreCase("channel");
  }

  static RawFeed read(Document doc, URI location, String language) {
    Element channel = doc.getDocumentElement();
    URI base = Links.base(location, attribute(channel, "base"));
    List<RawEntry> entries = new ArrayList<>();
    NodeList all = channel.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      if (all.item(i) instanceof Element e && FeedElements.localName(e).equalsIgnoreCase("item")) {
        entries.add(entry(e, base, language));
      }
    }
    ParsedFeed.FeedInfo info =
        new ParsedFeed.FeedInfo(
            escaped(child(channel, "title")),
            Links.absolute(attribute(channel, "href"), base),
            escaped(child(channel, "abstract")),
            language,
            null,
            FeedDates.parse(attribute(channel, "lastmod")),
            null);
    return new RawFeed("cdf", info, entries, null);
  }

  private static RawEntry entry(Element item, URI channelBase, String language) {
    URI base = Links.base(channelBase, attribute(item, "base"));
    String link = Links.absolute(attribute(item, "href"), base);
    return new RawEntry(
        null,
        escaped(child(item, "title")),
        link,
        null,
        language,
        null,
        FeedDates.parse(attribute(item, "lastmod")),
        escaped(child(item, "abstract")),
        null,
        List.of(),
        Links.base(base, link));
  }

  /** A direct child's text, whatever the case of its name; null when missing or blank. */
  private static String child(Element parent, String name) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && FeedElements.localName(e).equalsIgnoreCase(name)) {
        return FeedElements.text(e);
      }
    }
    return null;
  }

  private static String attribute(Element element, String name) {
    var attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Node a = attributes.item(i);
      if (a.getNodeName().toLowerCase(Locale.ROOT).equals(name)) {
        String value = a.getNodeValue().strip();
        return value.isEmpty() ? null : value;
      }
    }
    return null;
  }

  private static String escaped(String text) {
    return text == null ? null : Html.escape(text);
  }
}
