package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each supported format maps into the same records. */
class FeedParserFormatTests {

  private final FeedParser parser = new FeedParser();

  @Test
  void mapsRss20ItemsAndChannel() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("rss20-basic.xml"));

    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.recovered()).isFalse();
    assertThat(feed.refreshHint()).isEqualTo(Duration.ofMinutes(90));
    assertThat(feed.feed().title()).isEqualTo("Partner Program & News");
    assertThat(feed.feed().link()).isEqualTo("https://partners.example.com/");
    assertThat(feed.feed().language()).isEqualTo("en-us");
    assertThat(feed.feed().author()).contains("Pat Editor");
    ParsedEntry first = feed.entries().getFirst();
    assertThat(first.guid()).isEqualTo("post-1");
    assertThat(first.title()).isEqualTo("Renewals explained");
    assertThat(first.link()).isEqualTo("https://feeds.example.com/posts/renewals");
    assertThat(first.author()).isEqualTo("Alex Writer");
    assertThat(first.published()).isEqualTo(Instant.parse("2025-06-03T09:30:00Z"));
    assertThat(first.categories()).containsExactly("Renewals", "Benefits");
    assertThat(first.summary()).contains("<em>summary</em>");
    assertThat(first.content())
        .contains("href=\"https://feeds.example.com/more\"")
        .doesNotContain("<script");
    assertThat(first.text()).startsWith("Full text with a relative link.");
    assertThat(first.excerpt()).isEqualTo(first.text());
    assertThat(first.id()).isNotBlank().matches("[A-Za-z0-9_-]+");
    assertThat(first.contentHash()).isNotBlank();
  }

  @Test
  void usesAPermalinkGuidAsLinkWhenTheItemHasNoLink() throws Exception {
    ParsedEntry second = parser.parse(Fixtures.document("rss20-basic.xml")).entries().get(1);

    assertThat(second.link()).isEqualTo("https://partners.example.com/posts/second");
    assertThat(second.published()).isEqualTo(Instant.parse("2025-06-03T08:00:00Z"));
  }

  @Test
  void mapsAtom10WithXmlBaseForContent() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("atom10-xml-base.xml"));

    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.feed().title()).isEqualTo("Atom <Feed>");
    assertThat(feed.feed().description()).isEqualTo("Program updates");
    assertThat(feed.feed().language()).isEqualTo("en");
    assertThat(feed.feed().author()).isEqualTo("Atom Author");
    assertThat(feed.feed().updated()).isEqualTo(Instant.parse("2025-06-01T12:00:00Z"));
    ParsedEntry entry = feed.entries().getFirst();
    assertThat(entry.guid()).isEqualTo("tag:atom.example.com,2025:1");
    assertThat(entry.title()).isEqualTo("Competencies & designations");
    assertThat(entry.link()).isEqualTo("https://atom.example.com/entries/1");
    assertThat(entry.published()).isEqualTo(Instant.parse("2025-05-30T06:00:00Z"));
    assertThat(entry.updated()).isEqualTo(Instant.parse("2025-05-31T08:00:00Z"));
    assertThat(entry.categories()).containsExactly("designations");
    assertThat(entry.summary()).contains("Use &lt;b&gt; for bold");
    assertThat(entry.content()).contains("src=\"https://cdn.example.com/articles/chart.png\"");
  }

  @Test
  void resolvesRelativeEntryLinksAgainstTheXmlBaseInScope() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("atom-relative-links-xml-base.xml"));

    assertThat(feed.feed().link()).startsWith("https://isv.example.com/corner/");
    assertThat(feed.entries())
        .extracting(ParsedEntry::link)
        .containsExactly(
            "https://isv.example.com/corner/posts/first",
            "https://isv.example.com/archive/second",
            "https://other.example.com/x/third");
  }

  @Test
  void bundledSamplesHaveOnlyAbsoluteLinks() throws Exception {
    for (String sample :
        java.util.List.of(
            "isv-corner.atom", "partner-center-announcements.atom", "mpn-program-blog.xml")) {
      byte[] body = getClass().getResourceAsStream("/samples/" + sample).readAllBytes();
      ParsedFeed feed =
          parser.parse(
              new FeedDocument(body, null, java.net.URI.create("sample:" + sample), sample));
      assertThat(feed.entries())
          .as(sample)
          .allSatisfy(e -> assertThat(e.link()).startsWith("https://"));
    }
  }

  @Test
  void mapsRss10WithSyndicationHint() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("rss10-rdf.xml"));

    assertThat(feed.format()).isEqualTo("rss_1.0");
    assertThat(feed.refreshHint()).isEqualTo(Duration.ofHours(6));
    ParsedEntry entry = feed.entries().getFirst();
    assertThat(entry.guid()).isEqualTo("https://rdf.example.com/1");
    assertThat(entry.author()).isEqualTo("Dana");
    assertThat(entry.published()).isEqualTo(Instant.parse("2025-04-01T10:00:00Z"));
  }

  @Test
  void parsesLegacyRss091WithNetscapeDoctype() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("rss091-netscape-doctype.xml"));

    assertThat(feed.format()).isEqualTo("rss_0.91");
    assertThat(feed.recovered()).isFalse();
    assertThat(feed.entries()).extracting(ParsedEntry::title).containsExactly("Action Pack news");
  }

  @Test
  void mapsJsonFeed11() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("jsonfeed-1.1.json", "application/feed+json"));

    assertThat(feed.format()).isEqualTo("json_1.1");
    assertThat(feed.feed().title()).isEqualTo("JSON Partner Feed");
    assertThat(feed.feed().link()).isEqualTo("https://json.example.com/");
    assertThat(feed.feed().author()).isEqualTo("Jo Json");
    ParsedEntry first = feed.entries().getFirst();
    assertThat(first.guid()).isEqualTo("1");
    assertThat(first.title()).isEqualTo("Marketplace update");
    assertThat(first.content()).contains("<b>partners</b>").doesNotContain("script");
    assertThat(first.summary()).contains("&lt;brackets&gt;");
    assertThat(first.author()).isEqualTo("Sam");
    assertThat(first.updated()).isEqualTo(Instant.parse("2025-05-02T09:00:00Z"));
    assertThat(first.categories()).containsExactly("marketplace", "news");
    ParsedEntry second = feed.entries().get(1);
    assertThat(second.link()).isEqualTo("https://elsewhere.example.org/story");
    assertThat(second.content())
        .contains("<p>First paragraph &amp; more.</p>")
        .contains("Second &lt;paragraph&gt;.");
  }

  @Test
  void mapsJsonFeed10AuthorObjectAndNumericIds() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("jsonfeed-1.0-author.json"));

    assertThat(feed.format()).isEqualTo("json_1.0");
    assertThat(feed.feed().author()).isEqualTo("Single Author");
    ParsedEntry entry = feed.entries().getFirst();
    assertThat(entry.guid()).isEqualTo("7");
    assertThat(entry.author()).isEqualTo("Item Author");
    assertThat(entry.link()).isEqualTo("https://feeds.example.com/relative");
  }

  @Test
  void readsRfc822VariantsAndZonelessIsoDatesAsUtc() throws Exception {
    var entries = parser.parse(Fixtures.document("rss-date-variants.xml")).entries();

    assertThat(entries)
        .extracting(ParsedEntry::published)
        .containsExactly(
            Instant.parse("2025-06-03T09:30:00Z"),
            Instant.parse("2025-06-03T14:30:00Z"),
            Instant.parse("2025-06-03T09:30:00Z"),
            null);
  }

  @Test
  void acceptsRssInUserlandNamespaceWithoutVersion() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("rss-userland-namespace-no-version.xml"));

    assertThat(feed.feed().title()).isEqualTo("Namespaced RSS");
    assertThat(feed.feed().author()).isEqualTo("Feed Owner");
    assertThat(feed.entries().getFirst().title()).isEqualTo("Only item");
    assertThat(feed.entries().getFirst().author()).isEqualTo("Item Owner");
  }

  @Test
  void acceptsAnRssDocumentWithoutChannelAsAnEmptyFeed() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("rss-without-channel.xml"));

    assertThat(feed.format()).isEqualTo("rss_2.0");
    assertThat(feed.entries()).isEmpty();
  }
}
