package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.search.SearchQuery.Sort;

class RankingTests {

  @TempDir Path dataDir;

  @Test
  void titleMatchRanksAboveBodyMatch() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "body",
              "channel-guy",
              "Weekly notes",
              "Some words about incentives for partners this week."),
          entry(
              "title",
              "other-blog",
              "Incentives",
              "Some words about programs for partners this week."));
      assertThat(f.ids("incentives")).containsExactly("title", "body");
    }
  }

  @Test
  void summaryMatchRanksAboveBodyMatch() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "body",
              "channel-guy",
              "Weekly notes",
              "Some words about incentives for partners this week."),
          Entries.withSummary(
              entry(
                  "summary",
                  "other-blog",
                  "Weekly notes",
                  "Some words about programs for partners this week."),
              "<p>All about <b>incentives</b></p>"));
      assertThat(f.ids("incentives")).containsExactly("summary", "body");
    }
  }

  @Test
  void allWordsRankAboveSomeWords() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "one",
              "channel-guy",
              "Notes",
              "Marketplace listings explained in detail with examples."),
          entry(
              "both",
              "other-blog",
              "Notes",
              "Marketplace rewards for transactable offers explained."),
          entry("other", "other-blog", "Notes", "Rewards programs are changing next quarter."));
      assertThat(f.ids("marketplace rewards").getFirst()).isEqualTo("both");
    }
  }

  @Test
  void officialSourceRanksAboveEqualCommunityPost() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "community",
              "channel-guy",
              "Partner incentives update",
              "Incentive rates change in January."),
          entry(
              "official",
              "mpn-blog",
              "Partner incentives update",
              "Incentive rates change in January!"));
      assertThat(f.ids("incentives")).containsExactly("official", "community");
    }
  }

  @Test
  void newerPostRanksAboveEqualOlderPost() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "old",
              "channel-guy",
              "Partner incentives",
              "Incentive rates change.",
              Instant.parse("2025-01-01T00:00:00Z")),
          entry(
              "new",
              "other-blog",
              "Partner incentives",
              "Incentive rates change!",
              Instant.parse("2026-11-19T00:00:00Z")));
      assertThat(f.ids("incentives")).containsExactly("new", "old");
    }
  }

  @Test
  void sortByDateIsNewestFirst() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "a",
              "channel-guy",
              "Incentives incentives incentives",
              "Incentives.",
              Instant.parse("2026-01-01T00:00:00Z")),
          entry(
              "b",
              "other-blog",
              "Notes",
              "Incentives mentioned once.",
              Instant.parse("2026-11-01T00:00:00Z")),
          entry(
              "c",
              "other-blog",
              "Notes",
              "Incentives too.",
              Instant.parse("2026-06-01T00:00:00Z")));
      SearchQuery byDate =
          new SearchQuery("incentives", null, null, null, null, null, null, Sort.DATE, 0, 10);
      assertThat(f.service.search(byDate).hits())
          .extracting(SearchResults.Hit::id)
          .containsExactly("b", "c", "a");
    }
  }
}
