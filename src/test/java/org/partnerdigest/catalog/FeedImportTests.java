package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.partnerdigest.catalog.FeedImport.Candidate;
import org.partnerdigest.catalog.FeedImport.Planned;

class FeedImportTests {

  static final Catalog CATALOG =
      CatalogParser.parse("feeds.yml", FeedsFileEditorTests.FILE).catalog();

  @Test
  void marksFeedsTheCatalogListsUnderTheSameUrl() {
    List<Planned> planned =
        FeedImport.plan(
            CATALOG,
            List.of(
                new Candidate("Jane again", "HTTPS://JANE.example.org/rss"),
                new Candidate("New one", "https://new.example/feed"),
                new Candidate("New one, twice", "https://NEW.example/feed")));

    assertThat(planned)
        .containsExactly(
            new Planned(null, "HTTPS://JANE.example.org/rss", "Jane again", "jane"),
            new Planned("new-one", "https://new.example/feed", "New one", null),
            new Planned(
                null,
                "https://NEW.example/feed",
                "New one, twice",
                "an earlier line of this list"));
  }

  @Test
  void makesKeysFromTitlesUniqueInTheCatalogAndTheList() {
    List<Planned> planned =
        FeedImport.plan(
            CATALOG,
            List.of(
                new Candidate("Jane", "https://a.example/feed"),
                new Candidate("Jane", "https://b.example/feed"),
                new Candidate("", "https://www.no-title.example/feed")));

    assertThat(planned)
        .extracting(Planned::key)
        .containsExactly("jane-2", "jane-3", "no-title-example");
  }

  @Test
  void keysAreValidKeysWhateverTheTitle() {
    assertThat(FeedImport.key("Café Partner News & Notes", "", Set.of()))
        .isEqualTo("cafe-partner-news-notes");
    assertThat(FeedImport.key("¡¿!", "not a url", Set.of())).isEqualTo("feed");
    assertThat(
            FeedImport.key(
                "A very long title about partner programs and their many renames", "", Set.of()))
        .isEqualTo("a-very-long-title-about-partner-programs");
    assertThat(FeedImport.key("x\n  - key: evil", "", Set.of())).isEqualTo("x-key-evil");
  }

  @Test
  void findsWhichFeedListsAUrl() {
    assertThat(FeedImport.listedAs(CATALOG, "https://Example.com/program/feed"))
        .contains("program-blog");
    assertThat(FeedImport.listedAs(CATALOG, "https://example.com/other")).isEmpty();
  }
}
