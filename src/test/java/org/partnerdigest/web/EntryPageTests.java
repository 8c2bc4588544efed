package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.search.SearchService;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The entry page inside the site, its related posts, and the API's related ids. */
class EntryPageTests extends CrawledSiteTest {

  static final String RENEWAL = "Competency renewal: what changes at your anniversary date";
  static final String MYTHS = "Five misconceptions about partner renewal";

  @Autowired EntryArchive archive;
  @Autowired SearchService search;

  /** The entry a test hid, shown again after it (the site's entries are shared by its tests). */
  String hidden;

  @AfterEach
  void showWhatWasHidden() {
    if (hidden != null) {
      archive.setHidden(hidden, false);
      search.awaitCaughtUp(Duration.ofSeconds(30));
    }
  }

  String idOf(String title) {
    for (JsonNode hit : site.json("/api/search?size=100").get("hits")) {
      if (hit.get("title").asString().equals(title)) {
        return hit.get("id").asString();
      }
    }
    throw new AssertionError("no entry titled " + title);
  }

  Document page(String path) {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return Jsoup.parse(response.body());
  }

  static List<String> relatedIds(JsonNode related) {
    return StreamSupport.stream(related.spliterator(), false)
        .map(e -> e.get("id").asString())
        .toList();
  }

  @Test
  void rendersTitleSourceDateTopicsCleanedContentAndTheOriginal() {
    Document page = page("/entries/" + idOf(RENEWAL));

    assertThat(page.selectFirst("h1").text()).isEqualTo(RENEWAL);
    assertThat(page.selectFirst(".entry .source").text()).isEqualTo("Official program blog");
    assertThat(page.selectFirst(".entry time").attr("datetime")).isEqualTo("2026-11-20T09:00:00Z");
    assertThat(page.selectFirst(".entry .topics").text())
        .contains("Renewals and anniversary dates");
    assertThat(page.selectFirst(".entry-content").html())
        .contains("does not renew automatically")
        .doesNotContain("<script", "style=");
    assertThat(page.selectFirst(".original a").attr("href"))
        .isEqualTo("http://127.0.0.1/official/renewal");
    assertThat(page.select("script, style, [style]")).isEmpty();
  }

  @Test
  void listsRelatedPostsButNeverTheEntryItself() {
    String id = idOf(RENEWAL);
    Document page = page("/entries/" + id);

    assertThat(page.select(".related .hit-title").eachText()).contains(MYTHS);
    assertThat(page.select(".related .entry-link a").eachAttr("href"))
        .doesNotContain("/entries/" + id);
    assertThat(relatedIds(site.json("/api/entries/" + id + "/related")))
        .contains(idOf(MYTHS))
        .doesNotContain(id);
  }

  @Test
  void searchHitsLinkToTheEntryPageAndToTheOriginal() {
    Document results = page("/search?q=%22anniversary+date%22");
    String id = idOf(RENEWAL);

    assertThat(results.select(".hit .entry-link a").eachAttr("href")).contains("/entries/" + id);
    assertThat(results.select(".hit-title a").eachAttr("href"))
        .contains("http://127.0.0.1/official/renewal");
  }

  @Test
  void hiddenEntriesNeverAppearAndHaveNoPage() {
    String renewal = idOf(RENEWAL);
    String myths = idOf(MYTHS);
    hidden = myths;
    archive.setHidden(myths, true);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> site.json("/api/search").path("total").asLong() == FIXTURE_ENTRIES - 1);

    assertThat(page("/entries/" + renewal).select(".related .hit-title").eachText())
        .doesNotContain(MYTHS);
    assertThat(relatedIds(site.json("/api/entries/" + renewal + "/related"))).doesNotContain(myths);
    assertThat(site.get("/entries/" + myths).statusCode()).isEqualTo(404);
    assertThat(site.get("/api/entries/" + myths + "/related", "application/json").statusCode())
        .isEqualTo(404);
  }

  @Nested
  class Errors {

    @Test
    void anUnknownIdIsANotFoundPage() {
      HttpResponse<String> response = site.get("/entries/AAAAAAAAAAAAAAAAAAAAAA");

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body()).contains("There is no entry with id").doesNotContain("Exception");
    }

    @Test
    void aMalformedIdIsABadRequest() {
      HttpResponse<String> page = site.get("/entries/not%20an%20id!");
      HttpResponse<String> api = site.get("/api/entries/a.b/related", "application/json");

      assertThat(page.statusCode()).isEqualTo(400);
      assertThat(page.body()).contains("An entry id is 1 to 64 letters");
      assertThat(api.statusCode()).isEqualTo(400);
      assertThat(SiteClient.parse(api.body()).get("detail").asString())
          .startsWith("An entry id is 1 to 64 letters");
    }
  }
}
