package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Not-quite-XML is repaired and marked recovered; what cannot be repaired says why and where. */
class FeedParserRecoveryTests {

  private final FeedParser parser = new FeedParser();

  @Test
  void escapesBareAmpersands() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("bare-ampersand.xml"));

    assertThat(feed.recovered()).isTrue();
    assertThat(feed.feed().title()).isEqualTo("Tom & Jerry");
    assertThat(feed.entries().getFirst().title()).isEqualTo("Q&A session");
    assertThat(feed.entries().getFirst().link()).isEqualTo("https://x.example/qa?x=1&y=2");
  }

  @Test
  void replacesHtmlNamedEntities() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("html-entities.xml"));

    assertThat(feed.recovered()).isTrue();
    assertThat(feed.feed().title()).isEqualTo("Café\u00a0news © & more".replace('\u00a0', ' '));
    assertThat(feed.entries().getFirst().title()).isEqualTo("Résumé …");
  }

  @Test
  void dropsJunkBeforeTheProlog() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("junk-before-prolog.xml"));

    assertThat(feed.recovered()).isTrue();
    assertThat(feed.feed().title()).isEqualTo("After junk");
  }

  @Test
  void dropsControlCharacters() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("control-characters.xml"));

    assertThat(feed.recovered()).isTrue();
    assertThat(feed.feed().title()).isEqualTo("Control chars here");
    assertThat(feed.entries().getFirst().title()).isEqualTo("Bell");
  }

  @Test
  void closesUnclosedTags() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("unclosed-tags.xml"));

    assertThat(feed.recovered()).isTrue();
    assertThat(feed.entries()).extracting(ParsedEntry::title).containsExactly("First", "Second");
    assertThat(feed.entries().get(1).link()).isEqualTo("https://x.example/2");
  }

  @Test
  void wellFormedFeedsAreNotMarkedRecovered() throws Exception {
    assertThat(parser.parse(Fixtures.document("rss20-basic.xml")).recovered()).isFalse();
  }

  @Nested
  class WhenItIsNotAFeed {

    @Test
    void brokenXmlNamesLineAndColumn() {
      assertThatThrownBy(() -> parser.parse(Fixtures.document("not-xml.xml")))
          .isInstanceOf(FeedParseException.class)
          .hasMessageStartingWith("not a feed: XML error at line 3, column ");
    }

    @Test
    void otherXmlNamesItsRootElement() {
      assertThatThrownBy(() -> parser.parse(Fixtures.document("not-a-feed-root.xml")))
          .isInstanceOf(FeedParseException.class)
          .hasMessageStartingWith("not a feed: root element <catalog> is not RSS, RDF or Atom");
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void longTextWithoutMarkupFailsFast() {
      byte[] text =
          (" lorem ipsum ".repeat(50_000) + "<!-- unclosed").getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> parser.parse(Fixtures.document(text, "text/plain")))
          .isInstanceOf(FeedParseException.class)
          .hasMessageStartingWith("not a feed: ");
    }

    @Test
    void emptyDocument() {
      assertThatThrownBy(() -> parser.parse(Fixtures.document(new byte[0], null)))
          .isInstanceOf(FeedParseException.class)
          .hasMessage("not a feed: empty document");
    }

    @Test
    void jsonThatIsNotAJsonFeed() {
      byte[] json = "{\"hello\": \"world\"}".getBytes(StandardCharsets.UTF_8);

      assertThatThrownBy(() -> parser.parse(Fixtures.document(json, "application/json")))
          .isInstanceOf(FeedParseException.class)
          .hasMessageContaining("JSON without a JSON Feed version");
    }

    @Test
    void htmlPageNamesTheFeedsItAdvertises() {
      FeedDocument page =
          new FeedDocument(
              Fixtures.bytes("html-page-with-feed-links.html"),
              "text/html; charset=utf-8",
              URI.create("https://blog.example.com/news/"),
              "blog");

      assertThatThrownBy(() -> parser.parse(page))
          .isInstanceOfSatisfying(
              FeedParseException.class,
              e -> {
                assertThat(e.getMessage())
                    .isEqualTo(
                        "HTML page, not a feed; feeds found: https://blog.example.com/feed.rss,"
                            + " https://blog.example.com/atom.xml,"
                            + " https://blog.example.com/news/feed.json");
                assertThat(e.discoveredFeeds())
                    .containsExactly(
                        URI.create("https://blog.example.com/feed.rss"),
                        URI.create("https://blog.example.com/atom.xml"),
                        URI.create("https://blog.example.com/news/feed.json"));
              });
    }

    @Test
    void htmlPageWithoutFeedLinks() {
      assertThatThrownBy(() -> parser.parse(Fixtures.document("html-page-without-feed-links.html")))
          .isInstanceOf(FeedParseException.class)
          .hasMessage("HTML page, not a feed; no feed links found");
    }
  }
}
