package org.partnerdigest.web.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.AuditLog;
import org.partnerdigest.web.Editors;
import org.springframework.beans.factory.annotation.Autowired;

/** The feed health page over a real crawl of loopback feeds, and "fetch now". */
class FeedHealthPageTests extends CurationSiteTest {

  @Autowired AuditLog audit;

  @BeforeEach
  void crawled() {
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () -> {
              var rows = client.get("/admin/feeds").html().select("tbody tr");
              return row(rows, "notes").select(".status").text().equals("ok")
                  && row(rows, "broken").select(".status").text().equals("failing")
                  && row(rows, "gone").select(".status").text().equals("gone")
                  && row(rows, "quiet").select(".status").text().equals("ok");
            });
  }

  static Element row(List<Element> rows, String key) {
    return rows.stream()
        .filter(r -> r.id().equals("feed-" + key))
        .findFirst()
        .orElse(new Element("tr"));
  }

  List<String> order(String query) {
    return client.get("/admin/feeds" + query).html().select("tbody tr").stream()
        .map(r -> r.id().substring("feed-".length()))
        .filter(List.of("notes", "broken", "gone", "quiet")::contains)
        .toList();
  }

  @Test
  void putsFailingFeedsFirstThenFeedsQuieterThanTheirRhythm() {
    assertThat(order("")).containsExactly("broken", "gone", "quiet", "notes");
  }

  @Test
  void showsEachFeedsHealthInWords() {
    var rows = client.get("/admin/feeds").html().select("tbody tr");

    Element broken = row(rows, "broken");
    assertThat(broken.select(".last-error").text())
        .isEqualTo("the feed is not at this address (any more): HTTP 404 Not Found");
    assertThat(Integer.parseInt(broken.select("td").get(2).text())).isPositive();
    assertThat(row(rows, "gone").select(".flag-bad").text())
        .isEqualTo("gone: the server says it will not come back");
    assertThat(row(rows, "quiet").select(".flag-warn").text())
        .startsWith("silent for ")
        .endsWith("days (usually posts about every 7 days)");
    Element notes = row(rows, "notes");
    assertThat(notes.select("th a").first().text()).isEqualTo("Partner Notes");
    assertThat(notes.select(".badge").text()).isEqualTo("Official");
    assertThat(notes.select("td").get(0).text()).isEqualTo("ok");
    assertThat(notes.select("time").first().text()).matches("just now|\\d+ min ago");
  }

  @Test
  void drawsEntriesPerWeekAsAnSvgSparkline() {
    Element spark =
        row(client.get("/admin/feeds").html().select("tbody tr"), "notes").selectFirst("svg.spark");

    assertThat(spark.attr("viewBox")).isEqualTo("0 0 96 24");
    assertThat(spark.attr("aria-label"))
        .startsWith("Entries per week, the last 12 weeks, oldest first: ");
    assertThat(spark.select("polyline").attr("points").split(" ")).hasSize(12);
    assertThat(spark.parent().select(".count").text()).isEqualTo("6 in all");
  }

  @Test
  void sortsByTheColumnAsked() {
    assertThat(order("?sort=title")).containsExactly("broken", "gone", "notes", "quiet");
    assertThat(order("?sort=entries").getFirst()).isEqualTo("notes");
  }

  @Test
  void fetchNowShowsTheOutcome() {
    var redirect = client.post("/admin/feeds/notes/fetch", Map.of("sort", "title"));

    assertThat(redirect.status()).isEqualTo(302);
    assertThat(redirect.location()).endsWith("/admin/feeds?sort=title#feed-notes");
    var page = client.follow(redirect);
    assertThat(page.html().select("#fetch-outcome").text())
        .matches("Fetched notes now: ok: 0 new, 0 changed \\(\\d+ ms\\)\\.");
  }

  @Test
  void fetchNowIsAuditedUnderTheSignedInEditor() {
    client.post("/admin/feeds/notes/fetch", Map.of());

    assertThat(audit.recent(1, 50).events())
        .anySatisfy(
            event -> {
              assertThat(event.editor()).isEqualTo(Editors.ED);
              assertThat(event.action()).isEqualTo("feed.fetch-now");
              assertThat(event.target()).isEqualTo("notes");
              assertThat(event.detail()).contains("notes");
            });
  }

  @Test
  void fetchNowOfAFailingFeedExplainsTheError() {
    var page = client.follow(client.post("/admin/feeds/broken/fetch", Map.of()));

    assertThat(page.html().select("#fetch-outcome").text())
        .isEqualTo(
            "Fetched broken now: failing: HTTP 404 Not Found — the feed is not at this address (any more).");
  }

  @Nested
  class Refusals {

    @Test
    void anUnknownSort() {
      var page = client.get("/admin/feeds?sort=colour");

      assertThat(page.status()).isEqualTo(400);
      assertThat(page.html().select(".problem").text())
          .isEqualTo(
              "sort must be one of attention, title, group, status, last-success, failures,"
                  + " entries, next-fetch, was 'colour'");
    }

    @Test
    void fetchNowOfAFeedTheCatalogDoesNotList() {
      var page = client.post("/admin/feeds/nobody/fetch", Map.of());

      assertThat(page.status()).isEqualTo(404);
      assertThat(page.html().select(".problem").text())
          .isEqualTo("feeds.yml lists no feed 'nobody'.");
    }
  }
}
