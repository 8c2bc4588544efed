package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Charset rule: byte-order mark, then HTTP charset, then the XML declaration, then UTF-8. */
class FeedParserCharsetTests {

  private final FeedParser parser = new FeedParser();

  @Test
  void httpCharsetBeatsTheXmlDeclaration() throws Exception {
    ParsedFeed feed =
        parser.parse(
            Fixtures.document("utf8-declared-latin1.xml", "application/rss+xml; charset=utf-8"));

    assertThat(feed.feed().title()).isEqualTo("Café déjà vu");
  }

  @Test
  void xmlDeclarationAppliesWithoutHttpCharset() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("latin1-declared-in-prolog.xml", "text/xml"));

    assertThat(feed.feed().title()).isEqualTo("Café");
    assertThat(feed.recovered()).isFalse();
  }

  @Test
  void byteOrderMarkBeatsHttpCharset() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss version=\"2.0\"><channel>"
            + "<title>Ünïcödé 日本</title><link>https://x.example/</link><description>d</description>"
            + "</channel></rss>";
    byte[] utf16 = xml.getBytes(StandardCharsets.UTF_16LE);
    byte[] body = new byte[utf16.length + 2];
    body[0] = (byte) 0xFF;
    body[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, body, 2, utf16.length);

    ParsedFeed feed = parser.parse(Fixtures.document(body, "text/xml; charset=iso-8859-1"));

    assertThat(feed.feed().title()).isEqualTo("Ünïcödé 日本");
  }

  @Test
  void utf8IsTheDefaultWithoutAnyDeclaration() throws Exception {
    String xml =
        "<rss version=\"2.0\"><channel><title>naïve – test</title><link>https://x.example/</link>"
            + "<description>d</description></channel></rss>";

    ParsedFeed feed = parser.parse(Fixtures.document(xml.getBytes(StandardCharsets.UTF_8), null));

    assertThat(feed.feed().title()).isEqualTo("naïve – test");
    assertThat(feed.recovered()).isFalse();
  }

  @Test
  void bytesThatAreNotUtf8FallBackToWindows1252AndCountAsRecovered() throws Exception {
    byte[] body =
        "<rss version=\"2.0\"><channel><title>Caf\u00e9</title><link>https://x.example/</link></channel></rss>"
            .getBytes(StandardCharsets.ISO_8859_1);

    ParsedFeed feed = parser.parse(Fixtures.document(body, null));

    assertThat(feed.feed().title()).isEqualTo("Café");
    assertThat(feed.recovered()).isTrue();
  }

  @Test
  void unknownHttpCharsetFallsThroughToTheDeclaration() throws Exception {
    ParsedFeed feed =
        parser.parse(
            Fixtures.document("latin1-declared-in-prolog.xml", "text/xml; charset=bogus-9"));

    assertThat(feed.feed().title()).isEqualTo("Café");
    assertThat(feed.recovered()).isTrue();
  }

  @Test
  void recognisesUtf32WithoutByteOrderMark() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"utf-32le\"?><rss version=\"2.0\"><channel>"
            + "<title>Grüße</title></channel></rss>";

    ParsedFeed feed =
        parser.parse(
            Fixtures.document(xml.getBytes(java.nio.charset.Charset.forName("UTF-32LE")), null));

    assertThat(feed.feed().title()).isEqualTo("Grüße");
  }
}
