package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Corrections that act, through the API, the search page and the saved-search Atom feed. */
class CorrectedSearchSiteTests extends CrawledSiteTest {

  @Nested
  class Api {

    @Test
    void answersTheCorrectedQueryWhenTheTypedOneFindsNothing() {
      JsonNode json = site.json("/api/search?q=anniversery");

      assertThat(json.get("correctedQuery").asString()).isEqualTo("anniversary");
      assertThat(json.get("suggestion").asString()).isEqualTo("anniversary");
      assertThat(json.get("total").asLong()).isEqualTo(2);
      assertThat(json.get("hits")).hasSize(2);
    }

    @Test
    void neverRewritesAQueryWithResults() {
      JsonNode json = site.json("/api/search?q=anniversery+date");

      assertThat(json.get("total").asLong()).isPositive();
      assertThat(json.get("correctedQuery").isNull()).isTrue();
    }

    @Test
    void verbatimSearchesTheWordsAsTyped() {
      JsonNode json = site.json("/api/search?q=anniversery&verbatim=true");

      assertThat(json.get("total").asLong()).isZero();
      assertThat(json.get("correctedQuery").isNull()).isTrue();
      assertThat(json.get("suggestion").asString()).isEqualTo("anniversary");
    }

    @Test
    void refusesAVerbatimValueItCannotRead() {
      var response = site.get("/api/search?q=x&verbatim=maybe", "application/json");

      assertThat(response.statusCode()).isEqualTo(400);
      assertThat(SiteClient.parse(response.body()).get("detail").asString())
          .isEqualTo("verbatim must be 'true' or 'false', was 'maybe'");
    }
  }

  @Nested
  class Page {

    @Test
    void showsTheCorrectedResultsAndOffersTheWordsAsTyped() {
      Document page = Jsoup.parse(site.get("/search?q=anniversery").body());

      Element correction = page.selectFirst(".correction");
      assertThat(correction).isNotNull();
      assertThat(correction.text())
          .isEqualTo("Showing results for anniversary. Search instead for anniversery.");
      assertThat(correction.selectFirst("a.verbatim").attr("href"))
          .isEqualTo("/search?q=anniversery&verbatim=true");
      assertThat(page.select("ol.hits > li")).hasSize(2);
      assertThat(page.text()).doesNotContain("Did you mean");
    }

    @Test
    void theSearchInsteadLinkSearchesTheWordsAsTyped() {
      Document page = Jsoup.parse(site.get("/search?q=anniversery&verbatim=true").body());

      assertThat(page.selectFirst(".correction")).isNull();
      assertThat(page.select("ol.hits > li")).isEmpty();
      assertThat(page.selectFirst(".suggestion").text()).isEqualTo("Did you mean anniversary?");
    }

    @Test
    void aQueryWithResultsIsShownAsTyped() {
      Document page = Jsoup.parse(site.get("/search?q=anniversery+date").body());

      assertThat(page.selectFirst(".correction")).isNull();
      assertThat(page.select("ol.hits > li")).isNotEmpty();
    }
  }

  @Test
  void theSavedSearchFeedIsCorrectedTheSameWay() throws Exception {
    Feed corrected =
        (Feed)
            new WireFeedInput()
                .build(new StringReader(site.get("/search.atom?q=anniversery").body()));
    Feed verbatim =
        (Feed)
            new WireFeedInput()
                .build(
                    new StringReader(site.get("/search.atom?q=anniversery&verbatim=true").body()));

    assertThat(corrected.getTitle())
        .isEqualTo("Partner Digest search: anniversery (showing results for anniversary)");
    assertThat(corrected.getEntries()).hasSize(2);
    assertThat(verbatim.getEntries()).isEmpty();
  }
}
