package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 7, defect 7: the work of one query is bounded. Nothing here measures time: the bounds are
 * asserted on the work counters (clauses, wildcard words, expansions, dictionary lookups), on a
 * time budget too small for any machine, and on permits held by the test.
 */
class QueryBudgetTests {

  /** The reproduction: {@code *a* OR *b* OR …}, 330 terms, 2.3 KB. */
  static String leadingWildcards() {
    String letters = "abcdefghijklmnopqrstuvwxyz0123456789";
    return String.join(
        " OR ", IntStream.range(0, 330).mapToObj(i -> "*" + letters.charAt(i % 36) + "*").toList());
  }

  static String prefixes(int count) {
    return String.join(
        " OR ",
        IntStream.range(0, count)
            .mapToObj(i -> "" + (char) ('a' + i % 26) + (char) ('a' + i / 26 % 26) + "*")
            .toList());
  }

  /** {@code count} distinct words the analyzer keeps as they are. */
  static String words(int count) {
    return String.join(" ", IntStream.range(0, count).mapToObj(i -> "zq" + i).toList());
  }

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() {
    fixture = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    fixture.index(
        entry("renew", "mpn-blog", "Competency renewal", "Your competency renews on the date."),
        entry("billing", "other-blog", "Billing", "A monthly invoice, a yearly subscription."),
        entry(
            "vocabulary",
            "channel-guy",
            "Vocabulary",
            "alphabet blueprint calendar dolphin elephant festival guitar harvest island"
                + " jasmine kettle lantern"));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  static ParsedQuery parse(String q) {
    return fixture.index.catalog().parser().parse(q);
  }

  @Nested
  class TheIssueSevenQuery {

    @Test
    void isUnderTheLengthLimit() {
      assertThat(leadingWildcards().length()).isBetween(2_300, QueryLimits.MAX_QUERY_CHARS);
    }

    @Test
    void isOneFlatDisjunctionNotAChainOfPairs() {
      Query query = parse(leadingWildcards()).query();

      assertThat(query).isInstanceOf(BooleanQuery.class);
      List<BooleanClause> clauses = ((BooleanQuery) query).clauses();
      assertThat(clauses).hasSize(330).allMatch(c -> c.occur() == Occur.SHOULD);
      assertThat(clauses).noneMatch(c -> c.query() instanceof BooleanQuery);
    }

    @Test
    void staysWithinTheClauseLimitAndExpandsNothing() {
      ParsedQuery parsed = parse(leadingWildcards());

      assertThat(parsed.wildcards()).isZero();
      assertThat(QueryCost.clauses(parsed.query())).isEqualTo(36 * 3); // 36 distinct, 3 fields
      assertThat(QueryCost.clauses(parsed.query())).isLessThanOrEqualTo(QueryLimits.MAX_CLAUSES);
    }

    @Test
    void isAnswered() {
      SearchResults results = fixture.search(leadingWildcards());

      assertThat(results.partial()).isFalse();
      assertThat(results.hits()).extracting(SearchResults.Hit::id).contains("billing"); // "a"
    }
  }

  @Nested
  class Wildcards {

    @Test
    void aLeadingStarIsIgnoredAndTheWordSearchedAsTyped() {
      assertThat(parse("*renewal*").wildcards()).isZero();
      assertThat(fixture.ids("*renewal*")).containsExactly("renew");
    }

    @Test
    void allPrefixesOfAQueryShareOneBudgetOfExpansions() {
      ParsedQuery four = parse(prefixes(4));
      ParsedQuery sixteen = parse(prefixes(16));

      assertThat(four.expansionsPerWord()).isEqualTo(QueryLimits.MAX_EXPANSIONS_PER_WORD);
      assertThat(sixteen.wildcards()).isEqualTo(16);
      assertThat(sixteen.wildcards() * sixteen.expansionsPerWord())
          .isLessThanOrEqualTo(QueryLimits.MAX_EXPANSIONS);
      assertThat(QueryCost.clauses(sixteen.query())).isEqualTo(3 * QueryLimits.MAX_EXPANSIONS);
    }

    @Test
    void moreThanSixteenPrefixesAreRefused() {
      assertThatThrownBy(() -> fixture.search(prefixes(17)))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessage("query has 17 words ending in *; the limit is 16");
      assertThatThrownBy(() -> fixture.search(prefixes(330)))
          .hasMessage("query has 330 words ending in *; the limit is 16");
    }
  }

  @Nested
  class Clauses {

    @Test
    void everyDistinctWordCountsOncePerTextField() {
      assertThat(QueryCost.clauses(parse(words(341)).query())).isEqualTo(1_023);
      assertThat(fixture.search(words(341)).total()).isZero();
    }

    @Test
    void beyondTheLimitTheQueryIsRefused() {
      assertThatThrownBy(() -> fixture.search(words(342)))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessage(
              "query asks for 1026 term lookups once synonyms and prefixes are expanded;"
                  + " the limit is 1024 — use fewer words or longer prefixes");
    }

    @Test
    void repeatingAWordCostsNothingMore() {
      assertThat(QueryCost.clauses(parse("renewal ".repeat(900)).query())).isEqualTo(3);
    }

    @Test
    void synonymsCountEveryName() {
      // MPN, Microsoft Partner Network, Microsoft Cloud Partner Program, Microsoft AI Cloud
      // Partner Program: 7 distinct words, each in three fields
      assertThat(QueryCost.clauses(parse("MPN").query())).isEqualTo(7 * 3);
    }
  }

  @Test
  void didYouMeanLooksUpAtMostEightUnknownWords() {
    String typos =
        "alphabett blueprintt calendarr dolphinn elephantt festivall guitarr harvestt islandd"
            + " jasminee kettlee lanternn";

    String suggestion = fixture.search(typos).suggestion();

    List<String> corrected = new ArrayList<>(List.of(suggestion.split(" ")));
    corrected.removeAll(List.of(typos.split(" ")));
    assertThat(corrected)
        .hasSize(QueryLimits.MAX_SUGGESTED_WORDS)
        .containsExactly(
            "alphabet",
            "blueprint",
            "calendar",
            "dolphin",
            "elephant",
            "festival",
            "guitar",
            "harvest");
  }

  @Nested
  class TimeBudget {

    @Test
    void aSearchPastItsBudgetAnswersWithWhatItFoundMarkedPartial() {
      SearchService hurried =
          fixture.service(new QueryLimits(Duration.ofNanos(1), 0, Duration.ofSeconds(1)));

      SearchResults results = hurried.search(SearchFixture.query("competency renewal"));

      assertThat(results.partial()).isTrue();
      assertThat(results.total()).isZero(); // the budget was gone before the first document
      // the count is never below the page it answers with, and every facet field is there
      assertThat((long) results.hits().size()).isLessThanOrEqualTo(results.total());
      assertThat(results.facets()).containsOnlyKeys(FacetCounter.FIELDS);
      assertThat(results.suggestion()).isNull();
    }

    @Test
    void aSearchWithinItsBudgetIsComplete() {
      SearchResults results = fixture.search("competency renewal");

      assertThat(results.partial()).isFalse();
      assertThat(results.hits()).extracting(SearchResults.Hit::id).containsExactly("renew");
      assertThat(results.hits().getFirst().snippet()).contains("<mark>");
    }
  }
}
