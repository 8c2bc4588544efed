package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.search.SearchQuery.Sort;
import org.partnerdigest.search.SearchResults.Hit;

/** Corrections that act: a query that finds nothing shows its spelling suggestion's results. */
class SpellingCorrectionTests {

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() {
    fixture = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    fixture.index(
        entry(
            "r1",
            "mpn-blog",
            "Partner incentives for renewals",
            "Incentives reward the renewal of a competency.",
            Instant.parse("2026-03-01T00:00:00Z")),
        entry(
            "r2",
            "channel-guy",
            "Renewal incentives explained",
            "The incentives change at the anniversary date.",
            Instant.parse("2026-04-01T00:00:00Z")),
        entry(
            "m1",
            "other-blog",
            "Marketplace offers",
            "Transactable offers in the marketplace.",
            Instant.parse("2026-05-02T00:00:00Z")));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static SearchQuery asked(String q) {
    return SearchFixture.query(q);
  }

  @Test
  void showsTheSuggestionsResultsWhenTheQueryFindsNothing() {
    SearchResults results = fixture.service.searchAsked(asked("incentivs"));

    assertThat(results.correctedQuery()).isEqualTo("incentives");
    assertThat(results.suggestion()).isEqualTo("incentives");
    assertThat(results.total()).isEqualTo(2);
    assertThat(results.hits()).extracting(Hit::id).containsExactlyInAnyOrder("r1", "r2");
  }

  @Test
  void keepsTheFiltersOfTheQueryAsked() {
    SearchQuery inOneFeed =
        new SearchQuery("incentivs", "channel-guy", null, null, null, null, null, Sort.DATE, 0, 10);

    SearchResults results = fixture.service.searchAsked(inOneFeed);

    assertThat(results.correctedQuery()).isEqualTo("incentives");
    assertThat(results.hits()).extracting(Hit::id).containsExactly("r2");
  }

  @Test
  void neverRewritesAQueryThatFindsSomething() {
    // "marketplce" is misspelled, but "offers" finds a post: the query stands as typed
    SearchResults results = fixture.service.searchAsked(asked("marketplce offers"));

    assertThat(results.total()).isEqualTo(1);
    assertThat(results.suggestion()).isEqualTo("marketplace offers");
    assertThat(results.correctedQuery()).isNull();
  }

  @Test
  void searchesTheWordsAsTypedWhenAskedVerbatim() {
    SearchResults results = fixture.service.searchAsked(asked("incentivs"), true);

    assertThat(results.total()).isZero();
    assertThat(results.correctedQuery()).isNull();
    assertThat(results.suggestion()).isEqualTo("incentives");
  }

  @Test
  void leavesTheEmptyAnswerWhenTheSuggestionFindsNothingEither() {
    // the suggestion is a known word, but not within these dates
    SearchQuery afterTheRenewals =
        new SearchQuery(
            "incentivs",
            null,
            null,
            null,
            null,
            LocalDate.parse("2026-05-01"),
            null,
            Sort.RELEVANCE,
            0,
            10);

    SearchResults results = fixture.service.searchAsked(afterTheRenewals);

    assertThat(results.total()).isZero();
    assertThat(results.suggestion()).isEqualTo("incentives");
    assertThat(results.correctedQuery()).isNull();
  }

  @Test
  void plainSearchNeverCorrects() {
    assertThat(fixture.service.search(asked("incentivs")).correctedQuery()).isNull();
    assertThat(fixture.service.searchCorrected(asked("incentivs")).correctedQuery())
        .isEqualTo("incentives");
  }
}
