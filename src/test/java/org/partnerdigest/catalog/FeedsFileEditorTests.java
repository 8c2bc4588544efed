package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.catalog.CatalogEdit.FeedFields;
import org.partnerdigest.catalog.CatalogEdit.GroupFields;
import org.partnerdigest.catalog.CatalogEdit.TopicFields;

/** Surgical edits of a commented feeds.yml: exactly the edited characters change. */
class FeedsFileEditorTests {

  static final String FILE = fixture("commented-feeds.yml");

  static String fixture(String name) {
    try (InputStream in = FeedsFileEditorTests.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String edit(String text, CatalogEdit edit) throws EditRefusedException {
    String result = FeedsFileEditor.apply(text, edit);
    assertThat(CatalogParser.parse("feeds.yml", result).problems()).isEmpty();
    return result;
  }

  static Catalog read(String text) {
    return CatalogParser.parse("feeds.yml", text).catalog();
  }

  static FeedFields feed(String key, String url, String title, String group, List<String> tags) {
    return new FeedFields(key, url, title, group, tags, true, "");
  }

  static FeedFields programBlog() {
    return new FeedFields(
        "program-blog",
        "https://example.com/program/feed",
        "Program blog",
        "official",
        List.of("program", "announcements"),
        true,
        "6h");
  }

  @Nested
  class AddingFeeds {

    @Test
    void appendsAfterTheLastFeedIndentedLikeTheOthers() throws Exception {
      String result =
          edit(
              FILE,
              new CatalogEdit.AddFeed(
                  feed(
                      "new-feed",
                      "https://new.example/feed",
                      "New feed",
                      "community",
                      List.of("a", "b"))));

      assertThat(result)
          .isEqualTo(
              FILE.replace(
                  "    enabled: false\n",
                  """
                      enabled: false
                    - key: new-feed
                      url: https://new.example/feed
                      title: New feed
                      group: community
                      tags: [a, b]
                  """));
    }

    @Test
    void addsSeveralInOneChangeInTheirOrder() throws Exception {
      String result =
          edit(
              FILE,
              new CatalogEdit.AddFeeds(
                  List.of(
                      feed("one", "https://one.example/feed", "", "", List.of()),
                      feed("two", "https://two.example/feed", "", "", List.of()))));

      assertThat(read(result).feeds())
          .extracting(FeedSource::key)
          .containsExactly("program-blog", "jane", "sam", "one", "two");
      assertThat(result).endsWith(FILE.substring(FILE.indexOf("\n# Topics")));
    }

    @Test
    void startsTheListInAFileWithoutFeeds() throws Exception {
      String result =
          edit(
              "# only a comment\n",
              new CatalogEdit.AddFeed(feed("a", "https://a.example/", "", "", List.of())));

      assertThat(result)
          .isEqualTo("# only a comment\n\nfeeds:\n  - key: a\n    url: https://a.example/\n");
    }

    @Test
    void fillsAnEmptyList() throws Exception {
      String empty =
          edit(
              "feeds: []  # none yet\ntopics:\n",
              new CatalogEdit.AddFeed(feed("a", "https://a.example/", "", "", List.of())));
      String bare =
          edit(
              "feeds:\n",
              new CatalogEdit.AddFeed(feed("a", "https://a.example/", "", "", List.of())));

      assertThat(empty)
          .isEqualTo("feeds:  # none yet\n  - key: a\n    url: https://a.example/\ntopics:\n");
      assertThat(bare).isEqualTo("feeds:\n  - key: a\n    url: https://a.example/\n");
    }

    @Test
    void writesAPausedFeedWithEnabledFalse() throws Exception {
      var paused = new FeedFields("p", "https://p.example/", "", "", List.of(), false, "2h");

      String result = edit("feeds:\n", new CatalogEdit.AddFeed(paused));

      assertThat(result)
          .isEqualTo(
              "feeds:\n  - key: p\n    url: https://p.example/\n    enabled: false\n    refresh: 2h\n");
    }

    @Test
    void keepsWindowsLineEndings() throws Exception {
      String crlf = FILE.replace("\n", "\r\n");

      String result =
          edit(crlf, new CatalogEdit.AddFeed(feed("a", "https://a.example/", "", "", List.of())));

      assertThat(result)
          .isEqualTo(
              crlf.replace(
                  "    enabled: false\r\n",
                  "    enabled: false\r\n  - key: a\r\n    url: https://a.example/\r\n"));
    }

    @Test
    void findsItsPlaceAfterCharactersOutsideTheBasicPlane() throws Exception {
      String withEmoji = FILE.replace("# Partner sources.", "# Partner sources 🤝.");

      String result = edit(withEmoji, new CatalogEdit.RemoveFeed("sam"));

      assertThat(result)
          .doesNotContain("key: sam")
          .contains("🤝")
          .contains("      - csp\n\n# Topics");
    }
  }

  @Nested
  class EditingFeeds {

    @Test
    void changesOnlyTheEditedValueAndKeepsItsComment() throws Exception {
      var renamed =
          new FeedFields(
              "program-blog",
              "https://example.com/program/feed",
              "Program news",
              "official",
              List.of("program", "announcements"),
              true,
              "6h");

      String result = edit(FILE, new CatalogEdit.UpdateFeed(renamed));

      assertThat(result)
          .isEqualTo(
              FILE.replace("title: 'Program blog'   # quoted", "title: Program news   # quoted"));
    }

    @Test
    void leavesUnchangedValuesAsWrittenEvenWhenQuoted() throws Exception {
      assertThat(edit(FILE, new CatalogEdit.UpdateFeed(programBlog()))).isEqualTo(FILE);
    }

    @Test
    void addsAMissingFieldInTheUsualOrder() throws Exception {
      var titled =
          new FeedFields(
              "jane",
              "https://jane.example.org/rss",
              "Jane",
              "community",
              List.of("licensing", "csp"),
              true,
              "");

      String result = edit(FILE, new CatalogEdit.UpdateFeed(titled));

      assertThat(result)
          .isEqualTo(
              FILE.replace(
                  "    url: https://jane.example.org/rss\n",
                  "    url: https://jane.example.org/rss\n    title: Jane\n"));
    }

    @Test
    void removesAClearedFieldWithItsLine() throws Exception {
      var adaptive =
          new FeedFields(
              "program-blog",
              "https://example.com/program/feed",
              "Program blog",
              "official",
              List.of("program", "announcements"),
              true,
              "");

      assertThat(edit(FILE, new CatalogEdit.UpdateFeed(adaptive)))
          .isEqualTo(FILE.replace("    refresh: 6h\n", ""));
    }

    @Test
    void rewritesABlockListAsAFlowList() throws Exception {
      var fewerTags =
          new FeedFields(
              "jane", "https://jane.example.org/rss", "", "community", List.of("csp"), true, "");

      assertThat(edit(FILE, new CatalogEdit.UpdateFeed(fewerTags)))
          .isEqualTo(
              FILE.replace("    tags:\n      - licensing\n      - csp\n", "    tags: [csp]\n"));
    }

    @Test
    void pausesWithEnabledFalseAndResumesInPlace() throws Exception {
      String paused = edit(FILE, new CatalogEdit.PauseFeed("jane", true));
      String resumed = edit(FILE, new CatalogEdit.PauseFeed("sam", false));

      assertThat(paused)
          .isEqualTo(FILE.replace("      - csp\n", "      - csp\n    enabled: false\n"));
      assertThat(resumed).isEqualTo(FILE.replace("    enabled: false\n", "    enabled: true\n"));
      assertThat(read(paused).feed("jane").orElseThrow().enabled()).isFalse();
    }

    @Test
    void removesAFeedWithItsOwnLinesOnly() throws Exception {
      String result = edit(FILE, new CatalogEdit.RemoveFeed("program-blog"));

      assertThat(result)
          .isEqualTo(
              FILE.replace(
                  """
                    - key: program-blog
                      # checked by hand on 2026-11-02
                      url: https://example.com/program/feed
                      title: 'Program blog'   # quoted on purpose
                      group: official
                      tags: [program, announcements]
                      refresh: 6h
                  """,
                  ""));
    }
  }

  @Nested
  class TopicsGroupsAndSynonyms {

    @Test
    void editsATopicQueryAndKeepsItsComment() throws Exception {
      String result =
          edit(
              FILE,
              new CatalogEdit.UpdateTopic(
                  new TopicFields("renewals", "Renewals", "renewal OR renewals")));

      assertThat(result)
          .isEqualTo(FILE.replace("query: renewal OR renew   #", "query: renewal OR renewals   #"));
    }

    @Test
    void quotesAQueryThatStartsWithAQuote() throws Exception {
      String result =
          edit(
              FILE,
              new CatalogEdit.AddTopic(new TopicFields("co-sell", "", "\"co-sell\" OR cosell")));

      assertThat(result)
          .contains(
              "    query: '\"Action Pack\" OR MAPS'\n  - key: co-sell\n    query: '\"co-sell\" OR cosell'\n\n# Terms");
      assertThat(read(result).topic("co-sell").orElseThrow().query())
          .isEqualTo("\"co-sell\" OR cosell");
    }

    @Test
    void removesATopic() throws Exception {
      assertThat(edit(FILE, new CatalogEdit.RemoveTopic("action-pack")))
          .isEqualTo(
              FILE.replace("  - key: action-pack\n    query: '\"Action Pack\" OR MAPS'\n", ""));
    }

    @Test
    void changesAGroupsTier() throws Exception {
      String result =
          edit(
              FILE,
              new CatalogEdit.UpdateGroup(
                  new GroupFields("community", "Community: bloggers", "official")));

      assertThat(result).isEqualTo(FILE.replace("    tier: community\n", "    tier: official\n"));
    }

    @Test
    void addsEditsAndRemovesSynonymSetsByPosition() throws Exception {
      String added =
          edit(FILE, new CatalogEdit.AddSynonymSet(List.of("PEC", "partner earned credit")));
      String changed =
          edit(
              FILE,
              new CatalogEdit.UpdateSynonymSet(
                  0, List.of("MPN", "Microsoft Partner Network", "MCPP")));
      String removed = edit(FILE, new CatalogEdit.RemoveSynonymSet(1));

      assertThat(added).isEqualTo(FILE + "  - [PEC, partner earned credit]\n");
      assertThat(changed)
          .isEqualTo(
              FILE.replace(
                  "[MPN, Microsoft Partner Network]   #",
                  "[MPN, Microsoft Partner Network, MCPP]   #"));
      assertThat(removed).isEqualTo(FILE.replace("  - [CSP, Cloud Solution Provider]\n", ""));
    }

    @Test
    void quotesSynonymTermsThatHoldCommas() throws Exception {
      String result =
          edit(FILE, new CatalogEdit.AddSynonymSet(List.of("EA", "Enterprise Agreement, the")));

      assertThat(read(result).synonyms().getLast().terms())
          .containsExactly("EA", "Enterprise Agreement, the");
    }
  }

  @Nested
  class HostileValues {

    @Test
    void aTitleCannotAddAFeedOrAComment() throws Exception {
      for (String title :
          List.of(
              "x\n  - key: evil\n    url: https://evil.example/",
              "a: b # c",
              "# not a comment",
              "null",
              "true",
              "[1, 2]",
              "{a: b}",
              "&anchor *alias",
              "!!java.net.URL x",
              "it's \"quoted\" \\ back",
              " padded ",
              "tab\there",
              "line\u2028separator",
              "- dash",
              "100")) {
        String result =
            edit(
                FILE,
                new CatalogEdit.AddFeed(feed("t", "https://t.example/", title, "", List.of())));

        Catalog catalog = read(result);
        assertThat(catalog.feeds())
            .extracting(FeedSource::key)
            .containsExactly("program-blog", "jane", "sam", "t");
        assertThat(catalog.feed("t").orElseThrow().title()).isEqualTo(title.strip());
      }
    }

    @Test
    void aTagCannotSplitIntoTwo() throws Exception {
      String result =
          edit(
              FILE,
              new CatalogEdit.AddFeed(
                  feed("t", "https://t.example/", "", "", List.of("a, b", "c]", "{d}"))));

      assertThat(read(result).feed("t").orElseThrow().tags()).containsExactly("a, b", "c]", "{d}");
    }
  }

  @Nested
  class Refusals {

    @Test
    void anUnknownFeedIsNamed() {
      assertThatThrownBy(() -> FeedsFileEditor.apply(FILE, new CatalogEdit.RemoveFeed("nobody")))
          .isInstanceOf(EditRefusedException.class)
          .hasMessage("feeds.yml has no feed 'nobody' (was it removed or renamed meanwhile?)");
    }

    @Test
    void aSynonymSetOutOfRangeIsNamed() {
      assertThatThrownBy(() -> FeedsFileEditor.apply(FILE, new CatalogEdit.RemoveSynonymSet(7)))
          .hasMessage("feeds.yml has no synonym set number 8");
    }

    @Test
    void aFeedListInFlowStyleIsNotRewritten() {
      String flow = "feeds: [{key: a, url: 'https://a.example/'}]\n";

      assertThatThrownBy(() -> FeedsFileEditor.apply(flow, new CatalogEdit.RemoveFeed("a")))
          .hasMessageContaining("'feeds' is not written as a list with one '- ' per line");
    }

    @Test
    void invalidYamlIsReportedWithItsPosition() {
      assertThatThrownBy(
              () -> FeedsFileEditor.apply("feeds:\n  - key: [\n", new CatalogEdit.RemoveFeed("a")))
          .hasMessageStartingWith("feeds.yml is not valid YAML; fix it first: feeds.yml:");
    }
  }
}
