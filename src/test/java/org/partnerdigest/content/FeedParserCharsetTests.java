package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Charset rule: byte-order mark, then HTTP charset (unless the bytes make it impossible), then the
 * XML declaration, then UTF-8; invalid bytes become U+FFFD and are noted on their entries.
 */
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
        parser.parse(Fixtures.document(xml.getBytes(Charset.forName("UTF-32LE")), null));

    assertThat(feed.feed().title()).isEqualTo("Grüße");
  }

  @Nested
  class ImpossibleHttpCharset {

    @Test
    void utf16LabelOnSingleByteTextIsOverruledByTheBytes() throws Exception {
      ParsedFeed feed =
          parser.parse(
              Fixtures.document(
                  "charset/utf8-body-labelled-utf16.xml", "application/rss+xml; charset=UTF-16"));

      assertThat(feed.feed().title()).isEqualTo("Grüße – naïve café");
      assertThat(feed.entries())
          .extracting(ParsedEntry::title)
          .containsExactly("Renewal dates, explained");
      assertThat(feed.recovered()).as("a wrong label is the server's mistake, reported").isTrue();
    }

    @Test
    void utf16LeAndUtf32LabelsOnSingleByteTextAreOverruledToo() throws Exception {
      for (String label : List.of("utf-16le", "UTF-16BE", "utf-32")) {
        ParsedFeed feed =
            parser.parse(
                Fixtures.document(
                    "charset/utf8-body-labelled-utf16.xml", "text/xml; charset=" + label));

        assertThat(feed.feed().title()).as(label).isEqualTo("Grüße – naïve café");
      }
    }

    @Test
    void singleByteLabelOnUtf16TextIsOverruledByTheBytes() throws Exception {
      ParsedFeed feed =
          parser.parse(
              Fixtures.document(
                  "charset/utf16le-body-labelled-latin1.xml", "text/xml; charset=iso-8859-1"));

      assertThat(feed.feed().title()).isEqualTo("Grüße aus Köln");
      assertThat(feed.recovered()).isTrue();
    }

    @Test
    void utf16LabelOnUtf16TextWithoutByteOrderMarkTakesTheByteOrderFromTheBytes() throws Exception {
      ParsedFeed feed =
          parser.parse(
              Fixtures.document(
                  "charset/utf16le-body-labelled-latin1.xml", "text/xml; charset=utf-16"));

      assertThat(feed.feed().title()).isEqualTo("Grüße aus Köln");
      assertThat(feed.recovered()).isFalse();
    }
  }

  @Nested
  class InvalidBytes {

    private ParsedFeed feed() throws Exception {
      return parser.parse(
          Fixtures.document("charset/utf8-with-invalid-sequences.xml", "application/rss+xml"));
    }

    @Test
    void invalidUtf8SequencesBecomeReplacementCharacters() throws Exception {
      ParsedEntry damaged = feed().entries().get(0);

      assertThat(damaged.title())
          .startsWith("Grüße \uFFFD(")
          .contains("\uFFFD")
          .doesNotContain("Ã");
      assertThat(damaged.summary()).isEqualTo("Café \uFFFDté");
    }

    @Test
    void theRestOfTheDocumentIsNotReinterpretedAsLatin1() throws Exception {
      ParsedFeed feed = feed();

      assertThat(feed.entries().get(1).title()).isEqualTo("naïve – “quoted” 😀");
      assertThat(feed.feed().title()).isEqualTo("Partner notes");
    }

    @Test
    void flagsOnlyTheEntriesThatCarryReplacedBytes() throws Exception {
      ParsedFeed feed = feed();

      assertThat(feed.recovered()).isTrue();
      assertThat(feed.entries().get(0).notes()).containsExactly(EntryNote.INVALID_ENCODING);
      assertThat(feed.entries().get(1).notes()).isEmpty();
    }

    @Test
    void anUndeclaredDocumentWithUtf8AndInvalidBytesIsReadAsUtf8WithReplacements()
        throws Exception {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      body.writeBytes(
          "<rss version=\"2.0\"><channel><title>Grüße</title><item><title>Caf"
              .getBytes(StandardCharsets.UTF_8));
      body.write(0xE9); // é in Latin-1, invalid in UTF-8
      body.writeBytes("</title></item></channel></rss>".getBytes(StandardCharsets.UTF_8));

      ParsedFeed feed = parser.parse(Fixtures.document(body.toByteArray(), null));

      assertThat(feed.feed().title()).isEqualTo("Grüße");
      assertThat(feed.entries().get(0).title()).isEqualTo("Caf\uFFFD");
      assertThat(feed.entries().get(0).notes()).containsExactly(EntryNote.INVALID_ENCODING);
      assertThat(feed.recovered()).isTrue();
    }

    @Test
    void anUndeclaredSingleByteDocumentIsReadAsWindows1252() throws Exception {
      byte[] body =
          "<rss version=\"2.0\"><channel><title>Caf\u00e9 \u2019n\u2019 cr\u00e8me</title></channel></rss>"
              .getBytes(Charset.forName("windows-1252"));

      ParsedFeed feed = parser.parse(Fixtures.document(body, null));

      assertThat(feed.feed().title()).isEqualTo("Café ’n’ crème");
      assertThat(feed.recovered()).isTrue();
    }

    @Test
    void aDocumentDeclaredUtf8IsNeverGuessedAsWindows1252() throws Exception {
      byte[] body =
          "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Caf\u00e9</title></channel></rss>"
              .getBytes(StandardCharsets.ISO_8859_1);

      ParsedFeed feed = parser.parse(Fixtures.document(body, null));

      assertThat(feed.feed().title()).isEqualTo("Caf\uFFFD");
    }

    @Test
    void aDocumentDeclaredLatin1IsStillReadAsLatin1() throws Exception {
      ParsedFeed feed =
          parser.parse(Fixtures.document("latin1-declared-in-prolog.xml", "text/xml"));

      assertThat(feed.feed().title()).isEqualTo("Café");
      assertThat(feed.entries()).allSatisfy(e -> assertThat(e.notes()).isEmpty());
    }
  }
}
