package org.partnerdigest.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Try a URL against loopback sites: previews, autodiscovery, warnings, and refusals in words. */
class FeedTrialTests extends CurationSiteTest {

  FormClient.Page attempt(String url) {
    return client.post("/admin/feeds/try", Map.of("url", url));
  }

  @Test
  void previewsAFeedWithItsLatestFiveEntriesAndStoresNothing() {
    String before = feeds.feedsYml();

    var page = attempt(feeds.url("/fresh.rss"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select("#preview-heading").text()).isEqualTo("Preview: Partner Notes");
    assertThat(page.html().select(".facts dd").eachText())
        .containsExactly(feeds.url("/fresh.rss"), "rss_2.0", "6", "http://127.0.0.1/notes/");
    assertThat(page.html().select(".preview-entries .hit-title").eachText())
        .containsExactly(
            "Renewal windows open 90 days early",
            "Fees < 5% & rising",
            "Benefits packages compared",
            "CSP price list deadline",
            "Co-sell ready in four steps");
    assertThat(page.body()).contains("Fees &lt; 5% &amp; rising").doesNotContain("javascript:");
    assertThat(page.html().select("#add-this-feed").attr("href"))
        .isEqualTo(
            "/admin/catalog/feeds/new?url="
                + feeds.url("/fresh.rss")
                + "&title=Partner%20Notes&key=partner-notes");
    assertThat(feeds.feedsYml()).isEqualTo(before);
  }

  @Test
  void followsTheFeedLinkOfAnHtmlPage() {
    var page = attempt(feeds.url("/site.html"));

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.html().select(".notice").text())
        .contains("is a web page; it names 2 feed(s)")
        .contains(feeds.url("/new-source.atom"))
        .contains("The first is previewed below.");
    assertThat(page.html().select("#preview-heading").text()).isEqualTo("Preview: New Source");
  }

  @Test
  void warnsAboutARecoveredFeedUndatedEntriesAndAMove() {
    assertThat(warnings(attempt(feeds.url("/tips.rss"))))
        .anyMatch(w -> w.startsWith("recovered from malformed XML"));
    assertThat(warnings(attempt(feeds.url("/undated.rss"))))
        .contains("no dates: entries will be ordered by when they were first seen");
    var moved = attempt(feeds.url("/moved.rss"));
    assertThat(warnings(moved))
        .contains(
            "moved permanently to "
                + feeds.url("/fresh.rss")
                + ": add the new address (filled in below)");
    assertThat(moved.html().select("#add-this-feed").attr("href")).contains("/fresh.rss");
  }

  @Test
  void saysWhenTheCatalogAlreadyListsTheFeed() {
    var page = attempt(feeds.url("/notes.rss"));

    assertThat(warnings(page)).contains("already listed as 'notes'");
    assertThat(page.html().select("#add-this-feed")).isEmpty();
  }

  @Test
  void takesAnAddressWithoutSchemeAsHttps() {
    assertThat(FeedTrial.address("example.com/blog")).hasToString("https://example.com/blog");
    assertThat(FeedTrial.address("HTTP://example.com/feed")).hasToString("HTTP://example.com/feed");
  }

  private static java.util.List<String> warnings(FormClient.Page page) {
    return page.html().select(".warnings li").eachText();
  }

  private static String error(FormClient.Page page) {
    return page.html().select("#try-error").text();
  }

  @Nested
  class Refusals {

    @Test
    void aPrivateAddress() {
      var page = attempt("http://10.0.0.1/feed.xml");

      assertThat(page.status()).isEqualTo(422);
      assertThat(error(page))
          .contains("refused: 10.0.0.1 is a private address")
          .contains("a private or internal address, which feeds may not use");
    }

    @Test
    void aMissingFeed() {
      var page = attempt(feeds.url("/missing.rss"));

      assertThat(page.status()).isEqualTo(422);
      assertThat(error(page))
          .contains("HTTP 404 Not Found")
          .contains("the feed is not at this address (any more)");
    }

    @Test
    void aPageWithoutFeedLinks() {
      assertThat(error(attempt(feeds.url("/brochure.html"))))
          .contains("HTML page, not a feed; no feed links found");
    }

    @Test
    void aDocumentThatIsNoFeed() {
      var page = attempt(feeds.url("/plain.txt"));

      assertThat(page.status()).isEqualTo(422);
      assertThat(error(page)).startsWith("No preview: ").contains("the document is not a feed");
    }

    @Test
    void anInvalidUrl() {
      assertThat(error(attempt("http://exa mple.com/feed"))).contains("not a valid URL");
      assertThat(error(attempt("ftp://example.com/feed")))
          .contains("only http(s) addresses can be tried, not ftp:");
      assertThat(error(attempt("  "))).contains("type the address of a site or a feed");
    }
  }
}
