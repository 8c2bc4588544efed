package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.SAXParseException;

/** XML can neither expand entities from a DTD nor make us read files or URLs. */
class FeedParserSafetyTests {

  private static final String MARKER = "TOP-SECRET-MARKER-4711";

  private final FeedParser parser = new FeedParser();
  private HttpServer server;
  private final AtomicInteger hits = new AtomicInteger();

  @BeforeEach
  void startRecordingServer() throws Exception {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          byte[] dtd = "<!ENTITY ext \"EXPANDED-FROM-DTD\">".getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(200, dtd.length);
          exchange.getResponseBody().write(dtd);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private String dtdUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/evil.dtd";
  }

  @Test
  @Timeout(10)
  void billionLaughsDoesNotExpand() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("billion-laughs.xml"));

    assertThat(feed.feed().title()).doesNotContain("lollol");
    assertThat(feed.entries().getFirst().summary()).doesNotContain("lollol");
  }

  @Test
  void xxeCannotReadEtcPasswd() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("rss-xxe-local-file.xml"));

    assertThat(String.valueOf(feed.entries().getFirst().summary())).doesNotContain("root:");
  }

  @Test
  void xxeInAtomEntryCannotReadALocalFile(@TempDir Path dir) throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), MARKER);
    String xml =
        Fixtures.text("atom-xxe-local-file.xml")
            .replace("MARKER_FILE_URI", secret.toUri().toString());

    ParsedFeed feed = parser.parse(Fixtures.document(xml.getBytes(StandardCharsets.UTF_8), null));

    assertThat(feed.entries().getFirst().content()).contains("before").doesNotContain(MARKER);
    assertThat(feed.entries().getFirst().text()).doesNotContain(MARKER);
  }

  @Test
  void externalDtdIsNeverFetched() throws Exception {
    String xml = Fixtures.text("external-dtd.xml").replace("DTD_URL", dtdUrl());

    ParsedFeed feed = parser.parse(Fixtures.document(xml.getBytes(StandardCharsets.UTF_8), null));

    assertThat(feed.entries().getFirst().summary()).doesNotContain("EXPANDED-FROM-DTD");
    assertThat(hits).hasValue(0);
  }

  @Test
  void externalParameterEntityIsNeverFetched() throws Exception {
    String xml = Fixtures.text("parameter-entity.xml").replace("DTD_URL", dtdUrl());

    parser.parse(Fixtures.document(xml.getBytes(StandardCharsets.UTF_8), null));

    assertThat(hits).hasValue(0);
  }

  /** The hardened parser on its own, without our DOCTYPE stripping in front of it. */
  @Nested
  class HardenedParserAlone {

    private final SafeXml xml = new SafeXml();

    @Test
    void rejectsAnyDoctype() {
      String doc = Fixtures.text("external-dtd.xml").replace("DTD_URL", dtdUrl());

      assertThatThrownBy(() -> xml.parse(doc))
          .isInstanceOf(SAXParseException.class)
          .hasMessageContaining("DOCTYPE");
      assertThat(hits).hasValue(0);
    }

    @Test
    @Timeout(10)
    void rejectsBillionLaughs() {
      assertThatThrownBy(() -> xml.parse(Fixtures.text("billion-laughs.xml")))
          .isInstanceOf(SAXParseException.class);
    }

    @Test
    void rejectsParameterEntities() {
      String doc = Fixtures.text("parameter-entity.xml").replace("DTD_URL", dtdUrl());

      assertThatThrownBy(() -> xml.parse(doc)).isInstanceOf(SAXParseException.class);
      assertThat(hits).hasValue(0);
    }
  }

  @Test
  void jsonNestedDeeperThan100IsRejected() {
    String deep =
        "{\"version\":\"https://jsonfeed.org/version/1.1\",\"x\":"
            + "[".repeat(150)
            + "]".repeat(150)
            + "}";

    assertThatThrownBy(
            () -> parser.parse(Fixtures.document(deep.getBytes(StandardCharsets.UTF_8), null)))
        .isInstanceOf(FeedParseException.class)
        .hasMessageContaining("not a feed: JSON error");
  }

  @Test
  @Timeout(10)
  void hugeFlatDocumentsStillParseQuickly() throws Exception {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      items
          .append("<item><title>t")
          .append(i)
          .append("</title><guid>g")
          .append(i)
          .append("</guid></item>");
    }
    String xml = "<rss version=\"2.0\"><channel><title>big</title>" + items + "</channel></rss>";

    ParsedFeed feed = parser.parse(Fixtures.document(xml.getBytes(StandardCharsets.UTF_8), null));

    assertThat(feed.entries()).hasSize(2000);
  }
}
