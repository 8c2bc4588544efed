package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, defect 1: only http(s) links leave the module, whatever the format and however the
 * scheme is disguised; entries with a refused link are kept without one; relative links of a local
 * document never become {@code file:} URLs.
 */
class FeedParserLinkPolicyTests {

  private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src)=\"([^\"]*)\"");
  private static final URI LOCAL_FILE = URI.create("file:/srv/feeds/local.xml");

  private final FeedParser parser = new FeedParser();

  /** Every URL a parsed feed carries, fields and HTML attributes alike. */
  private static Stream<String> everyUrl(ParsedFeed feed) {
    Stream<String> fields =
        Stream.concat(
            Stream.of(feed.feed().link()), feed.entries().stream().map(ParsedEntry::link));
    Stream<String> html =
        feed.entries().stream()
            .flatMap(e -> Stream.of(e.summary(), e.content()))
            .filter(s -> s != null)
            .flatMap(
                s -> {
                  Matcher m = URL_ATTRIBUTE.matcher(s);
                  Stream.Builder<String> urls = Stream.builder();
                  while (m.find()) {
                    urls.add(m.group(1));
                  }
                  return urls.build();
                });
    return Stream.concat(fields, html).filter(u -> u != null);
  }

  private static void assertOnlyWebUrls(ParsedFeed feed) {
    assertThat(everyUrl(feed))
        .allSatisfy(
            url ->
                assertThat(url.toLowerCase(Locale.ROOT))
                    .matches("(https?://|mailto:)[^\\s]+")
                    .doesNotContain("script:")
                    .doesNotContain("file:"));
  }

  @Nested
  class RefusedSchemes {

    @Test
    void rssLinksOfOtherSchemesAreDroppedAndTheirEntriesKept() throws Exception {
      ParsedFeed feed = parser.parse(Fixtures.document("links/rss-script-links.xml"));

      assertThat(feed.entries()).hasSize(11);
      assertThat(feed.entries().subList(0, 10)).allSatisfy(e -> assertThat(e.link()).isNull());
      assertThat(feed.entries().get(10).link()).isEqualTo("https://partners.example.com/safe");
      assertThat(feed.feed().link()).isNull();
      assertOnlyWebUrls(feed);
    }

    @Test
    void scriptLinksInsideTheHtmlAreRemovedAndTheirTextKept() throws Exception {
      ParsedEntry entry =
          parser.parse(Fixtures.document("links/rss-script-links.xml")).entries().get(10);

      assertThat(entry.summary())
          .contains(">a</a>", ">d</a>", ">h</a>")
          .contains("href=\"https://partners.example.com/relative\"")
          .doesNotContainIgnoringCase("script:")
          .doesNotContain("data:", "file:", "<img");
    }

    @Test
    void atomLinksOfOtherSchemesAreDroppedAndTheirEntriesKept() throws Exception {
      ParsedFeed feed = parser.parse(Fixtures.document("links/atom-script-links.xml"));

      assertThat(feed.entries()).hasSize(5);
      assertThat(feed.entries().subList(0, 4)).allSatisfy(e -> assertThat(e.link()).isNull());
      assertThat(feed.feed().link()).isNull();
      assertOnlyWebUrls(feed);
    }

    @Test
    void anXmlBaseOfAnotherSchemeIsIgnored() throws Exception {
      ParsedEntry entry =
          parser.parse(Fixtures.document("links/atom-script-links.xml")).entries().get(4);

      assertThat(entry.link()).isEqualTo("https://feeds.example.com/posts/five");
      assertThat(entry.content()).contains("href=\"https://feeds.example.com/");
    }

    @Test
    void jsonFeedUrlsOfOtherSchemesAreDroppedAndTheirEntriesKept() throws Exception {
      ParsedFeed feed = parser.parse(Fixtures.document("links/jsonfeed-script-links.json"));

      assertThat(feed.entries()).hasSize(5);
      assertThat(feed.entries().subList(0, 4)).allSatisfy(e -> assertThat(e.link()).isNull());
      assertThat(feed.entries().get(4).link()).isEqualTo("https://partners.example.com/five");
      assertThat(feed.feed().link()).isNull();
      assertOnlyWebUrls(feed);
    }
  }

  @Nested
  class LocalDocuments {

    private ParsedFeed local(String name) throws Exception {
      return parser.parse(new FeedDocument(Fixtures.bytes(name), null, LOCAL_FILE, "local"));
    }

    @Test
    void relativeLinksResolveAgainstTheChannelLinkNotTheFile() throws Exception {
      // The HTML's links resolve against the entry link, which resolved against the channel link.
      ParsedFeed feed = local("links/rss-relative-links-local-file.xml");

      assertThat(feed.entries().get(0).link()).isEqualTo("https://partners.example.com/blog/post");
      assertThat(feed.entries().get(1).link())
          .isEqualTo("https://partners.example.com/blog/second");
      assertThat(feed.entries().get(0).summary())
          .contains("href=\"https://partners.example.com/more\"")
          .contains("src=\"https://partners.example.com/blog/img/a.png\"");
      assertOnlyWebUrls(feed);
    }

    @Test
    void relativeLinksAreDroppedWhenNoWebBaseExists() throws Exception {
      ParsedFeed feed = local("links/rss-relative-links-local-file-no-channel-link.xml");

      assertThat(feed.feed().link()).isNull();
      assertThat(feed.entries()).hasSize(1);
      assertThat(feed.entries().get(0).link()).isNull();
      assertThat(feed.entries().get(0).summary())
          .contains(">more</a>")
          .contains("href=\"https://partners.example.com/abs\"")
          .doesNotContain("file:");
      assertOnlyWebUrls(feed);
    }

    @Test
    void aRelativeLinkInASampleDocumentIsNotASampleUrl() throws Exception {
      ParsedFeed feed =
          parser.parse(
              new FeedDocument(
                  Fixtures.bytes("links/rss-relative-links-local-file-no-channel-link.xml"),
                  null,
                  URI.create("sample:local.xml"),
                  "sample"));

      assertThat(feed.entries().get(0).link()).isNull();
      assertOnlyWebUrls(feed);
    }
  }
}
