package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import tools.jackson.databind.JsonNode;

/** The API, pages and outputs over a real crawl of two loopback feeds. */
class SiteEndToEndTests extends CrawledSiteTest {

  private static List<String> texts(JsonNode array, String field) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(node -> node.path(field).asString())
        .toList();
  }

  @Nested
  class SearchApi {

    @Test
    void answersEveryDocumentedField() {
      JsonNode json = site.json("/api/search?q=renewal");

      assertThat(json.get("total").asLong()).isEqualTo(2);
      assertThat(json.get("tookMs").isNumber()).isTrue();
      assertThat(json.has("suggestion")).isTrue();
      JsonNode hit = json.get("hits").get(0);
      assertThat(hit.get("id").asString()).isNotBlank();
      assertThat(hit.get("title").asString()).contains("renewal");
      assertThat(hit.get("link").asString()).startsWith("http://127.0.0.1/");
      assertThat(hit.get("feed").get("key").asString()).isIn("program-blog", "jane");
      assertThat(hit.get("feed").get("title").asString()).isNotBlank();
      assertThat(hit.get("author").asString()).isNotBlank();
      assertThat(Instant.parse(hit.get("published").asString()))
          .isAfter(Instant.parse("2026-01-01T00:00:00Z"));
      assertThat(hit.get("snippet").asString()).contains("<mark>").doesNotContain("<p>");
      assertThat(
              StreamSupport.stream(hit.get("topics").spliterator(), false).map(JsonNode::asString))
          .contains("renewals");
      assertThat(json.get("facets").propertyNames())
          .containsExactly("feed", "topic", "group", "year");
      assertThat(texts(json.get("facets").get("feed"), "value"))
          .containsExactlyInAnyOrder("program-blog", "jane");
    }

    @Test
    void filtersByFeedGroupTopicAuthorAndDates() {
      assertThat(site.json("/api/search?feed=jane").get("total").asLong()).isEqualTo(2);
      assertThat(site.json("/api/search?group=official").get("total").asLong()).isEqualTo(3);
      assertThat(site.json("/api/search?topic=benefits").get("total").asLong()).isEqualTo(2);
      assertThat(site.json("/api/search?from=2026-01-01&to=2026-12-31").get("total").asLong())
          .isEqualTo(4);
      assertThat(site.json("/api/search?to=2025-12-31").get("total").asLong()).isEqualTo(1);
      assertThat(site.json("/api/search?q=renewal&feed=program-blog").get("total").asLong())
          .isEqualTo(1);
    }

    @Test
    void facetsCountTheCurrentMatches() {
      JsonNode facets = site.json("/api/search?group=official").get("facets");

      assertThat(texts(facets.get("feed"), "value")).containsExactly("program-blog");
      assertThat(facets.get("feed").get(0).get("count").asLong()).isEqualTo(3);
      assertThat(texts(facets.get("year"), "value")).containsExactlyInAnyOrder("2025", "2026");
    }

    @Test
    void sortsNewestFirstOnRequest() {
      JsonNode hits = site.json("/api/search?sort=date").get("hits");
      List<Instant> published = new ArrayList<>();
      hits.forEach(hit -> published.add(Instant.parse(hit.get("published").asString())));

      assertThat(published).hasSize(FIXTURE_ENTRIES).isSortedAccordingTo((a, b) -> b.compareTo(a));
    }

    @Test
    void pagesAreOneBased() {
      JsonNode first = site.json("/api/search?sort=date&size=2&page=1");
      JsonNode third = site.json("/api/search?sort=date&size=2&page=3");

      assertThat(first.get("hits")).hasSize(2);
      assertThat(third.get("hits")).hasSize(1);
      assertThat(third.get("total").asLong()).isEqualTo(FIXTURE_ENTRIES);
    }

    @Test
    void pageZeroIsTheFirstPageToo() {
      JsonNode zero = site.json("/api/search?sort=date&size=2&page=0");
      JsonNode first = site.json("/api/search?sort=date&size=2&page=1");

      assertThat(zero.get("hits")).isEqualTo(first.get("hits"));
    }
  }

  @Nested
  class OtherApis {

    @Test
    void entryByIdHasItsStoredFieldsAndTopics() {
      String id = site.json("/api/search?q=misconceptions").get("hits").get(0).get("id").asString();

      JsonNode entry = site.json("/api/entries/" + id);

      assertThat(entry.get("id").asString()).isEqualTo(id);
      assertThat(entry.get("feedKey").asString()).isEqualTo("jane");
      assertThat(entry.get("title").asString())
          .isEqualTo("Five misconceptions about partner renewal");
      assertThat(
              StreamSupport.stream(entry.get("topics").spliterator(), false)
                  .map(JsonNode::asString))
          .contains("misconceptions", "renewals");
    }

    @Test
    void feedsListEachSourceWithItsHealth() {
      JsonNode feeds = site.json("/api/feeds");

      assertThat(texts(feeds, "key")).containsExactly("program-blog", "jane");
      JsonNode official = feeds.get(0);
      assertThat(official.get("title").asString()).isEqualTo("Official program blog");
      assertThat(official.get("url").asString()).endsWith("/official.atom");
      assertThat(official.get("group").asString()).isEqualTo("official");
      assertThat(official.get("status").asString()).isEqualTo("ok");
      assertThat(official.get("lastFetch").isNull()).isFalse();
      assertThat(official.get("lastSuccess").isNull()).isFalse();
      assertThat(official.get("consecutiveFailures").asInt()).isZero();
      assertThat(official.get("entryCount").asLong()).isEqualTo(3);
      assertThat(official.has("nextFetch")).isTrue();
      assertThat(official.has("lastError")).isTrue();
      assertThat(official.has("movedTo")).isTrue();
    }

    @Test
    void topicsListTheirDefinitionAndEntryCount() {
      JsonNode topics = site.json("/api/topics");

      assertThat(texts(topics, "key")).containsExactly("renewals", "benefits", "misconceptions");
      assertThat(topics.get(0).get("title").asString()).isEqualTo("Renewals and anniversary dates");
      assertThat(topics.get(0).get("query").asString()).contains("renewal");
      assertThat(topics.get(0).get("entryCount").asLong()).isEqualTo(2);
    }
  }

  @Nested
  class Pages {

    @Test
    void homeGroupsTheLatestEntriesByTopicAndMarksOfficialSources() {
      String html = html("/");

      assertThat(html)
          .contains("Renewals and anniversary dates", "Misconceptions and myths")
          .contains("class=\"badge\"")
          .contains("Competency renewal: what changes at your anniversary date");
    }

    @Test
    void searchShowsHighlightedResultsFacetsAndSortLinks() {
      String html = html("/search?q=renewal");

      assertThat(html)
          .contains("value=\"renewal\"")
          .contains("<mark>")
          .contains("rel=\"noopener noreferrer\"")
          .contains("href=\"/search?q=renewal&amp;feed=jane\"")
          .contains("href=\"/search?q=renewal&amp;sort=date\"")
          .contains("aria-current=\"true\">Relevance");
    }

    @Test
    void activeFacetLinkRemovesTheFilter() {
      String html = html("/search?q=renewal&feed=jane");

      assertThat(html).contains("href=\"/search?q=renewal\" aria-current=\"true\"");
    }

    @Test
    void searchEscapesSourceTitles() {
      assertThat(html("/search?q=action")).contains("Jane&#39;s licensing &lt;blog&gt;");
    }

    @Test
    void topicPageListsItsEntriesAndLinksItsAtomFeed() {
      String html = html("/topics/renewals");

      assertThat(html)
          .contains("<h1>Renewals and anniversary dates</h1>")
          .contains("Five misconceptions about partner renewal")
          .contains("type=\"application/atom+xml\"")
          .contains("/topics/renewals/feed.atom");
    }

    @Test
    void feedsPageShowsHealth() {
      String html = html("/feeds");

      assertThat(html)
          .contains("Official program blog", "status-ok", "Jane&#39;s licensing &lt;blog&gt;");
    }

    private String html(String path) {
      HttpResponse<String> response = site.get(path, "text/html");
      assertThat(response.statusCode()).isEqualTo(200);
      return response.body();
    }
  }

  @Nested
  class Outputs {

    @Test
    void everythingFeedIsValidAtomWithAbsoluteLinks() throws Exception {
      Feed feed = atom("/feed.atom");

      assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
      assertThat(feed.getEntries()).hasSize(FIXTURE_ENTRIES);
      assertThat(feed.getId()).isEqualTo(LoopbackFeeds.PUBLIC_URL + "/feed.atom");
      assertThat(hrefs(feed.getOtherLinks()))
          .containsExactly(LoopbackFeeds.PUBLIC_URL + "/feed.atom");
      assertThat(hrefs(feed.getAlternateLinks())).containsExactly(LoopbackFeeds.PUBLIC_URL + "/");
      for (Entry entry : feed.getEntries()) {
        assertThat(entry.getId()).startsWith("urn:uuid:");
        assertThat(entry.getUpdated()).isNotNull();
        assertThat(hrefs(entry.getAlternateLinks())).allMatch(href -> href.startsWith("http://"));
      }
    }

    @Test
    void topicFeedHoldsTheTopicsEntries() throws Exception {
      Feed feed = atom("/topics/renewals/feed.atom");

      assertThat(feed.getTitle()).isEqualTo("Partner Digest: Renewals and anniversary dates");
      assertThat(feed.getEntries()).hasSize(2);
      assertThat(hrefs(feed.getOtherLinks()))
          .containsExactly(LoopbackFeeds.PUBLIC_URL + "/topics/renewals/feed.atom");
    }

    @Test
    void savedSearchFeedHoldsTheMatches() throws Exception {
      Feed feed = atom("/search.atom?q=benefits&feed=jane");

      assertThat(feed.getEntries()).hasSize(1);
      assertThat(feed.getEntries().getFirst().getTitle())
          .isEqualTo("Action Pack is now part of the partner launch benefits");
      assertThat(hrefs(feed.getOtherLinks()))
          .containsExactly(LoopbackFeeds.PUBLIC_URL + "/search.atom?q=benefits&feed=jane");
    }

    @Test
    void opmlListsTheSourcesByGroup() throws Exception {
      HttpResponse<String> response = site.get("/opml.xml");
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/x-opml"));
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      var document =
          factory.newDocumentBuilder().parse(new InputSource(new StringReader(response.body())));

      assertThat(document.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
      NodeList outlines = document.getElementsByTagName("outline");
      List<String> groups = new ArrayList<>();
      List<String> feeds = new ArrayList<>();
      for (int i = 0; i < outlines.getLength(); i++) {
        Element outline = (Element) outlines.item(i);
        if (outline.hasAttribute("xmlUrl")) {
          feeds.add(outline.getAttribute("text") + " " + outline.getAttribute("xmlUrl"));
        } else {
          groups.add(outline.getAttribute("text"));
        }
      }
      assertThat(groups).containsExactly("Official sources", "Community & bloggers");
      assertThat(feeds).hasSize(2);
      assertThat(feeds.get(1)).startsWith("Jane's licensing <blog> http://127.0.0.1:");
    }

    private Feed atom(String path) throws Exception {
      HttpResponse<String> response = site.get(path);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
      return (Feed) new WireFeedInput().build(new StringReader(response.body()));
    }

    private static List<String> hrefs(List<Link> links) {
      return links.stream().map(Link::getHref).toList();
    }
  }
}
