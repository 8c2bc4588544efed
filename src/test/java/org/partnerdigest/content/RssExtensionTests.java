package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What RSS carries outside its core elements: full bodies ({@code xhtml:body}, {@code fullitem}),
 * iTunes, Media RSS and Dublin Core fallbacks, and what the HTTP response says about the document.
 */
class RssExtensionTests {

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String fixture) throws FeedParseException {
    return parser.parse(Fixtures.document(fixture));
  }

  @Test
  void readsXhtmlBodyAndFullitemAsContent() throws Exception {
    List<ParsedEntry> entries = parse("rss-xhtml-body.xml").entries();

    assertThat(entries.get(0).summary()).isEqualTo("Short");
    assertThat(entries.get(0).content()).isEqualTo("<p>Full <b>inline</b> text</p>");
    assertThat(entries.get(1).content()).isEqualTo("<p>Full escaped text</p>");
  }

  @Test
  void takesTheFirstOfSummaryAndDescriptionAsSummaryAndTheSecondAsContent() throws Exception {
    List<ParsedEntry> entries = parse("rss-xhtml-body.xml").entries();

    assertThat(entries.get(2).summary()).isEqualTo("The summary");
    assertThat(entries.get(2).content()).isEqualTo("The description");
    assertThat(entries.get(3).summary()).isEqualTo("Short <b>first</b>");
    assertThat(entries.get(3).content()).isEqualTo("Longer second");
  }

  @Test
  void fallsBackToItunesMediaAndDublinCoreTitlesAndSummaries() throws Exception {
    ParsedFeed feed = parse("rss-extension-fallbacks.xml");

    assertThat(feed.feed().description()).isEqualTo("Episodes about <partner> programs");
    List<ParsedEntry> entries = feed.entries();
    assertThat(entries)
        .extracting(ParsedEntry::title)
        .containsExactly("Episode title", "Video title", "Core title", "Dublin Core only");
    assertThat(entries)
        .extracting(ParsedEntry::summary)
        .containsExactly(
            "Episode subtitle",
            "Video &lt;description&gt;",
            "Core description",
            "From <em>dc</em>");
  }

  @Test
  void readsWindows1252ControlCharactersAsThePunctuationTheyMean() throws Exception {
    ParsedFeed feed = parse("rss-windows-1252-controls.xml");

    assertThat(feed.feed().title()).isEqualTo("Partner\u2019s news");
    ParsedEntry entry = feed.entries().getFirst();
    assertThat(entry.title()).isEqualTo("Don\u2019t miss the renewal");
    assertThat(entry.summary()).isEqualTo("It\u2019s due \u2013 soon");
  }

  @Test
  void resolvesRelativeLinksAgainstContentLocation() throws Exception {
    ParsedEntry entry =
        parser
            .parse(
                new FeedDocument(
                    Fixtures.bytes("rss20-basic.xml"),
                    null,
                    Fixtures.LOCATION,
                    "test-feed",
                    null,
                    "https://canonical.example.com/feeds/main.xml"))
            .entries()
            .getFirst();

    assertThat(entry.link()).isEqualTo("https://canonical.example.com/posts/renewals");
    assertThat(entry.content()).contains("href=\"https://canonical.example.com/more\"");
  }

  @Test
  void ignoresAContentLocationThatIsNotAnHttpUrl() throws Exception {
    ParsedEntry entry =
        parser
            .parse(
                new FeedDocument(
                    Fixtures.bytes("rss20-basic.xml"),
                    null,
                    Fixtures.LOCATION,
                    "test-feed",
                    null,
                    "file:///etc/passwd"))
            .entries()
            .getFirst();

    assertThat(URI.create(entry.link()).getHost()).isEqualTo("feeds.example.com");
  }
}
