package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.catalog.CatalogParser;
import org.partnerdigest.catalog.ParsedCatalog;
import org.partnerdigest.search.SearchQuery.Sort;

/**
 * Our own judged set for the MPN domain (synonyms, acronyms, renames) over the bundled samples and
 * the shipped {@code feeds.yml}: for each query, a post a partner would call relevant ranks in the
 * top k.
 */
class MpnJudgedSetTests {

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() throws Exception {
    fixture = indexSamples(dataDir, Ranking.DEFAULT);
  }

  /** The bundled samples indexed with the shipped feeds.yml, ranked with {@code ranking}. */
  static SearchFixture indexSamples(Path dataDir, Ranking ranking) throws Exception {
    ParsedCatalog parsed = CatalogParser.read(Path.of("feeds.yml"), "feeds.yml");
    assertThat(parsed.problems()).isEmpty();
    SearchFixture fixture =
        new SearchFixture(dataDir, parsed.catalog(), new MemoryArchive(), ranking);
    for (String[] sample :
        List.of(
            new String[] {"mpn-program-blog.xml", "sample-mpn-program-blog"},
            new String[] {
              "partner-center-announcements.atom", "sample-partner-center-announcements"
            },
            new String[] {"marketplace-news.rdf", "sample-marketplace-news"},
            new String[] {"channel-insights.json", "sample-channel-insights"},
            new String[] {"licensing-lowdown.xml", "sample-licensing-lowdown"},
            new String[] {"isv-corner.atom", "sample-isv-corner"})) {
      SampleEntries.read(sample[0], sample[1]).forEach(fixture::add);
    }
    fixture.awaitIndexed(Duration.ofMinutes(1));
    return fixture;
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void everyJudgedQueryFindsARelevantPostInTheTopK() throws Exception {
    List<String> failures = failures(fixture);
    assertThat(judgedQueries()).hasSizeGreaterThanOrEqualTo(10);
    assertThat(failures).isEmpty();
  }

  static List<String> judgedQueries() throws IOException {
    String judged =
        new String(
            MpnJudgedSetTests.class.getResourceAsStream("mpn-judged-queries.tsv").readAllBytes(),
            StandardCharsets.UTF_8);
    return judged.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
  }

  /** The judged queries whose top k holds no relevant post, with what they found instead. */
  static List<String> failures(SearchFixture fixture) throws IOException {
    List<String> failures = new ArrayList<>();
    for (String line : judgedQueries()) {
      String[] f = line.split("\t");
      int k = Integer.parseInt(f[1]);
      List<String> relevant = Arrays.asList(f[2].split("\\|"));
      List<String> titles =
          fixture
              .service
              .search(
                  new SearchQuery(f[0], null, null, null, null, null, null, Sort.RELEVANCE, 0, k))
              .hits()
              .stream()
              .map(SearchResults.Hit::title)
              .toList();
      if (titles.stream().noneMatch(t -> relevant.stream().anyMatch(t::contains))) {
        failures.add(f[0] + " → " + titles);
      }
    }
    return failures;
  }

  @Test
  void mpnFindsPostsThatOnlySayTheNewName() {
    List<String> titles =
        fixture
            .service
            .search(
                new SearchQuery("MPN", null, null, null, null, null, null, Sort.RELEVANCE, 0, 50))
            .hits()
            .stream()
            .map(SearchResults.Hit::title)
            .toList();
    assertThat(titles)
        .contains(
            "Program highlights from this month's announcements",
            "ISV Success: what the benefits include");
  }
}
