package org.partnerdigest.web.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogEdit.FeedFields;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.EditOutcome;
import org.partnerdigest.catalog.FeedsFile;
import org.partnerdigest.catalog.FeedsFileEditor;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Editing feeds.yml through the pages, end to end: review shows the diff, save writes the file
 * leaving every other byte as it was, the running catalog takes the change and crawls a new feed;
 * bad changes are refused with line:column and nothing typed is lost.
 */
class FeedListEditTests extends CurationSiteTest {

  @Autowired CatalogService catalog;
  @Autowired FeedsFile feedsFile;

  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  FormClient.Page reviewNewFeed(String key, String path, Map<String, String> set) {
    var form =
        client.get("/admin/catalog/feeds/new?url=" + enc(feeds.url(path)) + "&key=" + enc(key));
    return client.submit(form, "#feed-form", "review", set);
  }

  FormClient.Page save(FormClient.Page review) {
    assertThat(review.status()).as(review.body()).isEqualTo(200);
    return client.submit(review, "#review-form", "save", Map.of());
  }

  void addDirectly(String key, String path) {
    var edit =
        new CatalogEdit.AddFeed(new FeedFields(key, feeds.url(path), "", "", List.of(), true, ""));
    assertThat(feedsFile.save(feedsFile.read().version(), edit))
        .isInstanceOf(EditOutcome.Saved.class);
  }

  @Test
  void addsAFeedKeepingEveryOtherByteAndTheRunningSiteCrawlsIt() {
    String before = feeds.feedsYml();

    var review =
        reviewNewFeed(
            "new-source",
            "/new-source.atom",
            Map.of("title", "New Source", "group", "community", "tags", "marketplace, offers"));

    String block =
        "  - key: new-source\n    url: "
            + feeds.url("/new-source.atom")
            + "\n    title: New Source\n    group: community\n    tags: [marketplace, offers]\n";
    assertThat(review.html().select(".diff-add").eachText())
        .containsExactly(block.lines().map(l -> "+" + l).toArray(String[]::new));
    assertThat(feeds.feedsYml()).isEqualTo(before);

    var saved = save(review);

    assertThat(saved.status()).isEqualTo(302);
    assertThat(saved.location()).endsWith("/admin/feeds#feed-new-source");
    String after = feeds.feedsYml();
    assertThat(after).contains(block);
    assertThat(after.replace(block, "")).isEqualTo(before);
    assertThat(catalog.current().feed("new-source")).isPresent();
    assertThat(client.follow(saved).html().select(".notice-ok").text())
        .startsWith("Saved: add feed 'new-source'");
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                client
                    .get("/admin/feeds")
                    .html()
                    .select("#feed-new-source .count")
                    .text()
                    .equals("2 in all"));
  }

  @Test
  void aTitleCannotInjectYaml() {
    String evil = "Evil\n  - key: evil\n    url: http://127.0.0.1:1/x";
    var review =
        client.post(
            "/admin/catalog/feeds/new",
            Map.of(
                "version",
                feedsFile.read().version(),
                "key",
                "injected",
                "url",
                feeds.url("/second-source.atom"),
                "title",
                evil,
                "step",
                "review"));

    save(review);

    assertThat(catalog.current().feed("injected").orElseThrow().title()).isEqualTo(evil);
    assertThat(catalog.current().feed("evil")).isEmpty();
    assertThat(feeds.feedsYml())
        .contains("    title: \"Evil\\n  - key: evil\\n    url: http://127.0.0.1:1/x\"\n");
  }

  @Test
  void pausesAndRemovesAFeedLeavingTheFileAsBefore() {
    String before = feeds.feedsYml();
    addDirectly("pausable", "/undated.rss");

    var edit = client.get("/admin/catalog/feeds/pausable");
    save(client.submit(edit, "form[action$=/pause]", "review", Map.of()));

    assertThat(feeds.feedsYml())
        .contains(
            "  - key: pausable\n    url: " + feeds.url("/undated.rss") + "\n    enabled: false\n");
    var row = client.get("/admin/feeds").html().select("#feed-pausable");
    assertThat(row.select(".flag").eachText()).contains("paused");
    assertThat(row.select("form")).isEmpty();

    var removed =
        save(
            client.submit(
                client.get("/admin/catalog/feeds/pausable"),
                "form[action$=/remove]",
                "review",
                Map.of()));

    assertThat(removed.location()).endsWith("/admin/feeds");
    assertThat(feeds.feedsYml()).isEqualTo(before);
  }

  @Test
  void restoresAKeptVersion() {
    String before = feeds.feedsYml();
    addDirectly("restorable", "/second-source.atom");
    var history = client.get("/admin/catalog/history");
    String newest = history.html().select("tbody a").first().attr("href");

    var version = client.get(newest);

    assertThat(version.html().select(".diff-del").eachText()).contains("-  - key: restorable");
    var restored = client.submit(version, "#restore-form", null, Map.of());
    assertThat(restored.status()).isEqualTo(302);
    assertThat(feeds.feedsYml()).isEqualTo(before);
    assertThat(catalog.current().feed("restorable")).isEmpty();
    assertThat(client.follow(restored).html().select(".notice-ok").text())
        .startsWith("Saved: restore feeds-");
  }

  @Test
  void editsSynonymsFromADraftAndTopicsWithQuotes() {
    var draft = client.get("/admin/catalog/synonyms/new?terms=NCE,new%20commerce");
    assertThat(draft.html().select("#terms").first().wholeText()).isEqualTo("NCE\nnew commerce");

    save(client.submit(draft, "#synonym-form", "review", Map.of()));
    var topic = client.get("/admin/catalog/topics/new");
    save(
        client.submit(
            topic,
            "#topic-form",
            "review",
            Map.of("key", "co-sell", "title", "Co-sell", "query", "\"co-sell\" OR cosell")));

    assertThat(feeds.feedsYml())
        .contains("  - [CSP, Cloud Solution Provider]\n  - [NCE, new commerce]\n")
        .contains("  - key: co-sell\n    title: Co-sell\n    query: '\"co-sell\" OR cosell'\n");
    assertThat(catalog.current().topic("co-sell").orElseThrow().query())
        .isEqualTo("\"co-sell\" OR cosell");
  }

  @Nested
  class Refusals {

    @Test
    void anInvalidChangeWithLineAndColumnKeepingWhatWasTyped() {
      String before = feeds.feedsYml();

      var page =
          reviewNewFeed("bad-group", "/fresh.rss", Map.of("group", "nobody", "title", "Kept"));

      assertThat(page.status()).isEqualTo(422);
      String problem = page.html().select(".problem-list li").text();
      var m =
          Pattern.compile(
                  "^feeds\\.yml:(\\d+):12: unknown group 'nobody'; known groups: official, community$")
              .matcher(problem);
      assertThat(m.matches()).as(problem).isTrue();
      String proposed = proposed(before, "bad-group", "/fresh.rss", "Kept", "nobody");
      assertThat(proposed.lines().toList().get(Integer.parseInt(m.group(1)) - 1))
          .isEqualTo("    group: nobody");
      assertThat(page.html().select("#title").val()).isEqualTo("Kept");
      assertThat(page.html().select("#url").val()).isEqualTo(feeds.url("/fresh.rss"));
      assertThat(feeds.feedsYml()).isEqualTo(before);
    }

    private String proposed(String text, String key, String path, String title, String group) {
      try {
        return FeedsFileEditor.apply(
            text,
            new CatalogEdit.AddFeed(
                new FeedFields(key, feeds.url(path), title, group, List.of(), true, "")));
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    }

    @Test
    void duplicatesAndABadRefreshAreNamed() {
      assertThat(problem(reviewNewFeed("notes", "/fresh.rss", Map.of())))
          .matches("feeds\\.yml:\\d+:10: duplicate feed key 'notes' \\(first at line 12\\)");
      assertThat(problem(reviewNewFeed("again", "/NOTES.rss".toLowerCase(), Map.of())))
          .matches("feeds\\.yml:\\d+:10: duplicate url '.*/notes.rss' \\(first at line 13\\)");
      assertThat(problem(reviewNewFeed("slow", "/fresh.rss", Map.of("refresh", "soon"))))
          .matches("feeds\\.yml:\\d+:14: bad duration 'soon' for 'refresh': use 30m, .*");
      assertThat(problem(reviewNewFeed("Bad Key", "/fresh.rss", Map.of())))
          .startsWith("feeds.yml:");
    }

    private String problem(FormClient.Page page) {
      assertThat(page.status()).isEqualTo(422);
      return page.html().select(".problem-list li").text();
    }

    @Test
    void aChangeOnDiskSinceThePageWasOpenedKeepsWhatWasTyped() throws IOException {
      var form = client.get("/admin/catalog/feeds/notes");
      String opened = form.html().select("input[name=version]").val();
      Files.writeString(feeds.feedsFile, feeds.feedsYml() + "# edited by hand\n");

      var page = client.submit(form, "#feed-form", "review", Map.of("title", "Notes renamed"));

      assertThat(page.status()).isEqualTo(409);
      assertThat(page.html().select(".problem").text())
          .startsWith("feeds.yml changed on disk since this page was opened");
      assertThat(page.html().select("#title").val()).isEqualTo("Notes renamed");
      assertThat(page.html().select("#feed-form input[name=version]").val()).isNotEqualTo(opened);
      assertThat(feeds.feedsYml()).endsWith("# edited by hand\n").doesNotContain("Notes renamed");
      var again = client.submit(page, "#feed-form", "review", Map.of());
      assertThat(again.status()).isEqualTo(200);
      assertThat(again.html().select(".diff-add").eachText()).contains("+    title: Notes renamed");
    }

    @Test
    void anUnknownFeed() {
      assertThat(client.get("/admin/catalog/feeds/nobody").status()).isEqualTo(404);
      var page =
          client.post(
              "/admin/catalog/feeds/nobody",
              Map.of(
                  "version",
                  feedsFile.read().version(),
                  "url",
                  "https://x.example/",
                  "step",
                  "review"));
      assertThat(page.status()).isEqualTo(422);
      assertThat(page.html().select(".problem").text())
          .isEqualTo("feeds.yml has no feed 'nobody' (was it removed or renamed meanwhile?)");
    }

    @Test
    void aStepThatDoesNotExist() {
      var page =
          client.post(
              "/admin/catalog/feeds/new", Map.of("version", "x", "key", "k", "step", "publish"));
      assertThat(page.status()).isEqualTo(400);
      assertThat(page.html().select(".problem").text())
          .isEqualTo("step must be edit, review or save, was 'publish'");
    }
  }
}
