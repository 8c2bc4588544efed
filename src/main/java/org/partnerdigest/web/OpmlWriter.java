package org.partnerdigest.web;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.catalog.Group;
import org.springframework.stereotype.Component;

/**
 * Writes the catalog's enabled sources as OPML 2.0, one outline per group, with a real XML writer
 * so that titles and URLs are escaped. Only sources with an http(s) URL are listed ({@link
 * HttpLinks}; a bundled {@code sample:} feed means nothing to another reader), and every text
 * passes {@link XmlText}, which the JDK's writer would otherwise emit as invalid XML.
 */
@Component
class OpmlWriter {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

  String write(Catalog catalog, Instant now) {
    Map<Group, List<FeedSource>> byGroup = new LinkedHashMap<>();
    for (Group group : catalog.groups()) {
      byGroup.put(group, catalog.feeds().stream().filter(f -> inGroup(f, group)).toList());
    }
    List<FeedSource> ungrouped =
        catalog.feeds().stream()
            .filter(f -> f.group() == null || catalog.group(f.group()).isEmpty())
            .toList();
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("opml");
      xml.writeAttribute("version", "2.0");
      xml.writeStartElement("head");
      element(xml, "title", "Partner Digest sources");
      element(
          xml,
          "dateCreated",
          DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC)));
      xml.writeEndElement();
      xml.writeStartElement("body");
      for (var group : byGroup.entrySet()) {
        if (group.getValue().stream().noneMatch(OpmlWriter::listed)) {
          continue;
        }
        xml.writeStartElement("outline");
        xml.writeAttribute("text", XmlText.of(group.getKey().title()));
        xml.writeAttribute("title", XmlText.of(group.getKey().title()));
        for (FeedSource feed : group.getValue()) {
          feed(xml, feed);
        }
        xml.writeEndElement();
      }
      for (FeedSource feed : ungrouped) {
        feed(xml, feed);
      }
      xml.writeEndElement();
      xml.writeEndElement();
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("Could not write OPML: " + e.getMessage(), e);
    }
    return out.toString();
  }

  private static boolean inGroup(FeedSource feed, Group group) {
    return group.key().equals(feed.group());
  }

  private static boolean listed(FeedSource feed) {
    return feed.enabled() && HttpLinks.only(feed.url().toString()) != null;
  }

  private static void feed(XMLStreamWriter xml, FeedSource feed) throws XMLStreamException {
    if (!listed(feed)) {
      return;
    }
    String title = XmlText.of(feed.title() != null ? feed.title() : feed.key());
    xml.writeEmptyElement("outline");
    xml.writeAttribute("type", "rss");
    xml.writeAttribute("text", title);
    xml.writeAttribute("title", title);
    xml.writeAttribute("xmlUrl", HttpLinks.only(feed.url().toString()));
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(XmlText.of(text));
    xml.writeEndElement();
  }
}
