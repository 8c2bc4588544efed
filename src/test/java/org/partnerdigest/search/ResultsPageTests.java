package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.search.SearchQuery.Sort;
import org.partnerdigest.search.SearchResults.FacetCount;

/** Filters, facets, snippets and suggestions over one small index. */
class ResultsPageTests {

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() {
    fixture = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    fixture.index(
        entry(
            "r1",
            "mpn-blog",
            "Renewal reminders",
            "Renewal of your membership is due.",
            Instant.parse("2025-03-01T00:00:00Z")),
        entry(
            "r2",
            "channel-guy",
            "Renewal pitfalls",
            "Renewal fees and the anniversary date.",
            Instant.parse("2026-02-01T00:00:00Z")),
        Entries.withAuthor(
            entry(
                "r3",
                "other-blog",
                "Renewal FAQ",
                "Renewal questions answered <script>alert(1)</script> here.",
                Instant.parse("2026-05-01T00:00:00Z")),
            "Jane Doe",
            List.of()),
        entry(
            "x1",
            "other-blog",
            "Marketplace",
            "Transactable offers in the marketplace.",
            Instant.parse("2026-05-02T00:00:00Z")));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static SearchQuery query(
      String q, String feed, String group, String author, LocalDate from, LocalDate to) {
    return new SearchQuery(q, feed, group, null, author, from, to, Sort.RELEVANCE, 0, 10);
  }

  @Test
  void filtersCombineWithText() {
    assertThat(ids(query("renewal", "channel-guy", null, null, null, null))).containsExactly("r2");
    assertThat(ids(query("renewal", null, "community", null, null, null)))
        .containsExactlyInAnyOrder("r2", "r3");
    assertThat(ids(query("renewal", null, null, "jane doe", null, null))).containsExactly("r3");
    assertThat(
            ids(
                query(
                    "renewal",
                    null,
                    null,
                    null,
                    LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-02-01"))))
        .containsExactly("r2");
    assertThat(ids(query("", null, null, null, LocalDate.parse("2026-05-01"), null)))
        .containsExactly("x1", "r3");
  }

  @Test
  void facetsCountTheMatchesOfQueryAndFilters() {
    SearchResults all = fixture.search("renewal");
    assertThat(all.facets().get("feed"))
        .containsExactlyInAnyOrder(
            new FacetCount("mpn-blog", 1),
            new FacetCount("channel-guy", 1),
            new FacetCount("other-blog", 1));
    assertThat(all.facets().get("year"))
        .containsExactly(new FacetCount("2026", 2), new FacetCount("2025", 1));
    assertThat(all.facets().get("group"))
        .containsExactly(new FacetCount("community", 2), new FacetCount("microsoft", 1));
    SearchResults community =
        fixture.service.search(query("renewal", null, "community", null, null, null));
    assertThat(community.facets().get("year")).containsExactly(new FacetCount("2026", 2));
    assertThat(community.facets().get("feed")).doesNotContain(new FacetCount("mpn-blog", 1));
  }

  @Test
  void snippetsMarkMatchesAndEscapeEverythingElse() {
    SearchResults results =
        fixture.service.search(query("questions", null, null, null, null, null));
    String snippet = results.hits().getFirst().snippet();
    assertThat(snippet)
        .contains("<mark>questions</mark>")
        .contains("&lt;script&gt;")
        .doesNotContain("<script>");
    assertThat(snippet.replaceAll("</?mark>", "")).doesNotContain("<");
  }

  @Test
  void atMostTwoPassages() {
    String snippet = fixture.search("renewal").hits().getFirst().snippet();
    assertThat(snippet.split("…").length).isLessThanOrEqualTo(4);
  }

  @Test
  void suggestsACorrectionForAMisspelledWord() {
    SearchResults results = fixture.search("renewel");
    assertThat(results.total()).isZero();
    assertThat(results.suggestion()).isEqualTo("renewal");
  }

  @Test
  void noSuggestionWhenWordsAreKnown() {
    assertThat(fixture.search("renewal").suggestion()).isNull();
  }

  @Test
  void pagesAreConsistent() {
    SearchQuery first =
        new SearchQuery("renewal", null, null, null, null, null, null, Sort.DATE, 0, 2);
    SearchQuery second =
        new SearchQuery("renewal", null, null, null, null, null, null, Sort.DATE, 1, 2);
    assertThat(ids(first)).containsExactly("r3", "r2");
    assertThat(ids(second)).containsExactly("r1");
    assertThat(fixture.service.search(second).total()).isEqualTo(3);
  }

  @Test
  void entryCarriesStoredFieldsAndTopics() {
    IndexedEntry entry = fixture.service.entry("r2").orElseThrow();
    assertThat(entry.feedKey()).isEqualTo("channel-guy");
    assertThat(entry.feedTitle()).isEqualTo("Channel Guy");
    assertThat(entry.tier()).isEqualTo("COMMUNITY");
    assertThat(entry.topics()).containsExactly("renewals");
    assertThat(fixture.service.entry("missing")).isEmpty();
  }

  private static List<String> ids(SearchQuery query) {
    return fixture.service.search(query).hits().stream().map(SearchResults.Hit::id).toList();
  }
}
