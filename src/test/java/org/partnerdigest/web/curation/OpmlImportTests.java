package org.partnerdigest.web.curation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.AuditLog;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.web.Editors;
import org.springframework.beans.factory.annotation.Autowired;

/** OPML upload: the feeds it lists, duplicates marked, new ones added in one reviewed change. */
class OpmlImportTests extends CurationSiteTest {

  @Autowired CatalogService catalog;
  @Autowired AuditLog audit;

  FormClient.Page upload(byte[] content) {
    return client.upload("/admin/catalog/opml", "file", "subscriptions.opml", content);
  }

  @Test
  void listsTheFeedsMarksDuplicatesAndAddsTheNewOnesInOneChange() {
    String before = feeds.feedsYml();
    var plan =
        upload(
            feeds
                .withPort(CurationFeeds.fixture("subscriptions.opml"))
                .getBytes(StandardCharsets.UTF_8));

    assertThat(plan.status()).isEqualTo(200);
    assertThat(plan.html().select("tr.duplicate").text())
        .contains("already listed as notes")
        .contains(feeds.url("/notes.rss"));
    assertThat(plan.html().select("input[name=key]").eachAttr("value"))
        .containsExactly("undated-notes", "tips-tricks");

    var review = client.submit(plan, "#opml-add", "review", Map.of("group", "community"));

    assertThat(review.status()).as(review.body()).isEqualTo(200);
    assertThat(review.html().select(".diff-add").eachText())
        .containsExactly(
            "+  - key: undated-notes",
            "+    url: " + feeds.url("/undated.rss"),
            "+    title: Undated Notes",
            "+    group: community",
            "+  - key: tips-tricks",
            "+    url: " + feeds.url("/tips.rss"),
            "+    title: Tips & Tricks",
            "+    group: community");
    var saved = client.submit(review, "#review-form", "save", Map.of());
    assertThat(saved.status()).isEqualTo(302);
    assertThat(catalog.current().feed("undated-notes")).isPresent();
    assertThat(catalog.current().feed("tips-tricks").orElseThrow().title())
        .isEqualTo("Tips & Tricks");
    assertThat(feeds.feedsYml().length()).isGreaterThan(before.length());
    assertThat(audit.recent(1, 50).events())
        .anySatisfy(
            event -> {
              assertThat(event.editor()).isEqualTo(Editors.ED);
              assertThat(event.action()).isEqualTo("catalog.opml-import");
              assertThat(event.detail()).isEqualTo("add 2 feed(s): undated-notes, tips-tricks");
            });
  }

  @Nested
  class Refusals {

    @Test
    void aMalformedFile() {
      var page =
          upload("<opml><body><outline text='x'></body></opml>".getBytes(StandardCharsets.UTF_8));

      assertThat(page.status()).isEqualTo(400);
      assertThat(page.html().select(".problem").text())
          .startsWith("That file cannot be read: not well-formed OPML: line 1, column ");
    }

    @Test
    void aFileOverTheLimit() {
      byte[] big = new byte[1024 * 1024 + 1];
      Arrays.fill(big, (byte) ' ');

      var page = upload(big);

      assertThat(page.status()).isEqualTo(413);
      assertThat(page.html().select(".problem").text())
          .isEqualTo("That file is too large: an OPML file may be at most 1 MiB.");
    }

    @Test
    void aFileOverTheServletLimit() {
      var page = upload(new byte[3 * 1024 * 1024]);

      assertThat(page.status()).as(page.body()).isEqualTo(413);
      assertThat(page.html().select(".problem").text())
          .isEqualTo(
              "That file is too large: an OPML file may be at most 1 MiB. Nothing was changed.");
    }

    @Test
    void anUploadWithoutTheCsrfToken() {
      var page =
          client.upload(
              "/admin/catalog/opml",
              "file",
              "subscriptions.opml",
              CurationFeeds.fixture("subscriptions.opml").getBytes(StandardCharsets.UTF_8),
              false);

      assertThat(page.status()).isEqualTo(403);
    }

    @Test
    void noFeedChosen() {
      var page =
          client.post(
              "/admin/catalog/opml/add",
              Map.of("key", "a", "url", "https://a.example/", "title", "A", "step", "review"));

      assertThat(page.status()).isEqualTo(400);
      assertThat(page.html().select(".problem").text())
          .isEqualTo("no feed was chosen; tick the feeds to add");
    }

    @Test
    void noFile() {
      var page = upload(new byte[0]);

      assertThat(page.status()).isEqualTo(400);
      assertThat(page.html().select(".problem").text()).isEqualTo("Choose an OPML file to upload.");
    }

    @Test
    void aListWithoutFeeds() {
      var page =
          upload(
              "<opml version='2.0'><body><outline text='folder'/></body></opml>"
                  .getBytes(StandardCharsets.UTF_8));

      assertThat(page.status()).isEqualTo(200);
      assertThat(page.html().select(".notice").text())
          .isEqualTo("That OPML file lists no feeds (no outline has an xmlUrl).");
    }
  }
}
