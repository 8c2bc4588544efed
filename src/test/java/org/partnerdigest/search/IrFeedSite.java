package org.partnerdigest.search;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The relevance collections as real sources: each collection is served as an Atom feed on a
 * loopback HTTP server (one entry per document: id, title, author, text as content), and a {@code
 * feeds.yml} lists them, so they are crawled, archived and indexed like any other feed.
 */
final class IrFeedSite implements AutoCloseable {

  private final HttpServer server;
  private final Map<String, byte[]> feeds = new HashMap<>();

  IrFeedSite(List<IrCollection> collections) throws IOException {
    for (IrCollection collection : collections) {
      feeds.put("/" + collection.name() + ".atom", atom(collection));
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/",
        exchange -> {
          byte[] body = feeds.get(exchange.getRequestURI().getPath());
          if (body == null) {
            exchange.sendResponseHeaders(404, -1);
          } else {
            exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
          }
          exchange.close();
        });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Writes a feeds.yml listing every collection as a feed of a community group. */
  Path writeFeedsFile(Path dir, List<IrCollection> collections) throws IOException {
    StringBuilder yml =
        new StringBuilder("groups:\n  - key: ir\n    title: IR\n    tier: community\nfeeds:\n");
    for (IrCollection c : collections) {
      yml.append("  - key: ir-").append(c.name()).append('\n');
      yml.append("    url: ").append(base()).append('/').append(c.name()).append(".atom\n");
      yml.append("    group: ir\n");
    }
    Path file = dir.resolve("feeds.yml");
    Files.writeString(file, yml);
    return file;
  }

  /** The document id a hit's link names ({@code …/cisi/42} → {@code 42}). */
  static String docId(String link) {
    return link.substring(link.lastIndexOf('/') + 1);
  }

  private byte[] atom(IrCollection collection) {
    try {
      StringWriter out = new StringWriter();
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeStartElement("feed");
      xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
      element(xml, "title", collection.name());
      element(xml, "id", "urn:ir:" + collection.name());
      element(xml, "updated", "2026-01-01T00:00:00Z");
      for (IrCollection.Doc doc : collection.docs()) {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:ir:" + collection.name() + ":" + doc.id());
        element(xml, "title", doc.title());
        xml.writeEmptyElement("link");
        xml.writeAttribute("href", "http://ir.invalid/" + collection.name() + "/" + doc.id());
        element(xml, "updated", "2026-01-01T00:00:00Z");
        if (!doc.author().isBlank()) {
          xml.writeStartElement("author");
          element(xml, "name", doc.author());
          xml.writeEndElement();
        }
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(doc.text());
        xml.writeEndElement();
        xml.writeEndElement();
      }
      xml.writeEndElement();
      xml.writeEndDocument();
      return out.toString().getBytes(StandardCharsets.UTF_8);
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
