package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SynonymTests {

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() {
    fixture = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    fixture.index(
        entry(
            "new-name",
            "mpn-blog",
            "Benefits update",
            "The Microsoft AI Cloud Partner Program adds new benefits."),
        entry("acronym", "channel-guy", "MPN tips", "Five things about MPN you should know."),
        entry(
            "csp", "other-blog", "Reseller news", "Cloud Solution Provider margins are changing."),
        entry(
            "unrelated",
            "other-blog",
            "Microsoft AI news",
            "A cloud program for AI partners, unrelated words."));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void acronymFindsMultiWordName() {
    assertThat(fixture.ids("MPN benefits")).startsWith("new-name").contains("acronym");
  }

  @Test
  void multiWordNameFindsAcronym() {
    assertThat(fixture.ids("Microsoft AI Cloud Partner Program")).contains("acronym", "new-name");
  }

  @Test
  void quotedNameExpandsToo() {
    assertThat(fixture.ids("\"Microsoft Partner Network\""))
        .containsExactlyInAnyOrder("new-name", "acronym");
  }

  @Test
  void multiWordSynonymMatchesAsPhraseNotScatteredWords() {
    assertThat(fixture.ids("MPN")).doesNotContain("unrelated");
  }

  @Test
  void secondSynonymSet() {
    assertThat(fixture.ids("csp")).containsExactly("csp");
  }
}
