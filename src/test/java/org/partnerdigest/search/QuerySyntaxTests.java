package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerdigest.search.SearchQuery.Sort;

class QuerySyntaxTests {

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() {
    fixture = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    fixture.index(
        entry(
            "renew",
            "mpn-blog",
            "Competency renewal",
            "Your competency renews on the anniversary date."),
        entry(
            "benefits",
            "channel-guy",
            "Partner benefits explained",
            "Internal use rights and credits for partners."),
        entry(
            "pricing",
            "other-blog",
            "New commerce pricing",
            "Monthly billing for annual terms changes the price."),
        Entries.withAuthor(
            entry(
                "author",
                "channel-guy",
                "Designations",
                "Solutions partner designations replace competencies."),
            "Jane Doe",
            List.of("Designations")));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void wordsFindStemmedForms() {
    assertThat(fixture.ids("renewing competencies")).startsWith("renew");
  }

  @Test
  void documentsMissingAWordAreStillFound() {
    assertThat(fixture.ids("competency zebra")).contains("renew", "author");
  }

  @Test
  void phraseMustMatchInOrder() {
    assertThat(fixture.ids("\"anniversary date\"")).containsExactly("renew");
    assertThat(fixture.ids("\"date anniversary\"")).isEmpty();
  }

  @Test
  void exclusionRemovesMatches() {
    assertThat(fixture.ids("competency -anniversary")).containsExactly("author");
  }

  @Test
  void orMatchesEitherSide() {
    assertThat(fixture.ids("\"anniversary date\" OR \"annual terms\""))
        .containsExactlyInAnyOrder("renew", "pricing");
  }

  @Test
  void prefixExpands() {
    assertThat(fixture.ids("design*")).containsExactly("author");
  }

  @Test
  void fieldFiltersRestrict() {
    assertThat(fixture.ids("feed:channel-guy")).containsExactlyInAnyOrder("benefits", "author");
    assertThat(fixture.ids("partners group:community"))
        .contains("benefits")
        .doesNotContain("renew");
    assertThat(fixture.ids("author:\"jane doe\"")).containsExactly("author");
    assertThat(fixture.ids("tag:designations")).containsExactly("author");
    assertThat(fixture.ids("topic:renewals")).containsExactly("renew");
  }

  @Test
  void parenthesesGroup() {
    assertThat(fixture.ids("(\"anniversary date\" OR \"annual terms\") -billing"))
        .containsExactly("renew");
  }

  @Test
  void emptyQueryListsNewestFirst() {
    assertThat(fixture.search("").total()).isEqualTo(4);
  }

  @Nested
  class OddInputGivesResultsOrAFriendlyEmptyPage {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"unbalanced quote renewal",
          "renewal\"",
          "OR OR",
          "- - renewal",
          "renewal -",
          "?",
          "??? renewal?",
          "*foo",
          "*",
          "a*",
          "feed:",
          "topic:\"",
          ")(",
          "((renewal",
          "renewal))))",
          "AND NOT OR",
          "🎉 renewal 🚀",
          "/regex.*/",
          "title:renewal",
          "NOT",
          "|| && !",
          "~ ^ : \\",
        })
    void neverThrows(String q) {
      SearchResults results = fixture.search(q);
      assertThat(results.total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void tenThousandNestedParenthesesParseWithoutOverflow() throws Exception {
      String q = "(".repeat(10_000) + "renewal" + ")".repeat(10_000);
      ParsedQuery parsed = fixture.index.catalog().parser().parse(q);
      SearchIndex.Lease lease = fixture.index.acquire();
      try {
        assertThat(lease.searcher().count(parsed.query())).isEqualTo(1);
      } finally {
        fixture.index.release(lease);
      }
      assertThatThrownBy(() -> fixture.search(q))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("4000 characters");
    }

    @Test
    void deepNestingWithinTheLengthLimit() {
      String q = "(".repeat(1_990) + "renewal -(billing)" + ")".repeat(1_990);
      assertThat(fixture.ids(q)).containsExactly("renew");
    }

    @Test
    void tenThousandUnclosedParentheses() {
      assertThat(fixture.search("(".repeat(3_999)).total()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void fourThousandCharactersOfProse() {
      String prose =
          "partners renew their competency on the anniversary date each year ".repeat(70);
      String q = prose.substring(0, 4_000);
      assertThat(fixture.ids(q)).startsWith("renew");
    }
  }

  @Nested
  class LimitsAreNamed {

    @Test
    void queryOverFourThousandCharacters() {
      assertThatThrownBy(() -> fixture.search("a".repeat(4_001)))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("4000 characters");
    }

    @Test
    void queryOverOneThousandTerms() {
      assertThatThrownBy(() -> fixture.search("ab ".repeat(1_001)))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("1000 terms");
    }

    @Test
    void pageDepthOverTenThousand() {
      SearchQuery deep =
          new SearchQuery("renewal", null, null, null, null, null, null, Sort.RELEVANCE, 100, 100);
      assertThatThrownBy(() -> fixture.service.search(deep))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("10000");
    }

    @Test
    void negativePage() {
      SearchQuery negative =
          new SearchQuery("renewal", null, null, null, null, null, null, Sort.RELEVANCE, -1, 10);
      assertThatThrownBy(() -> fixture.service.search(negative))
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("page");
    }

    @Test
    void shortPrefixIsAWordNotAnExpansion() {
      assertThat(fixture.search("a*").total()).isLessThan(4);
    }
  }
}
