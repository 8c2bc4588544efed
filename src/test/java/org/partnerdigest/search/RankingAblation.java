package org.partnerdigest.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.partnerdigest.search.RankingVariants.with;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.search.SearchQuery.Sort;

/**
 * The ablation table of docs/search.md: the shipped {@link Ranking#DEFAULT}, then each ingredient
 * switched off (or replaced) in turn, measured on the relevance collections (nDCG@10, MAP@100) and
 * on the MPN judged set (queries passing), beside the BM25 floor. Not part of {@code verify} (it
 * indexes every collection once per row, a few minutes); regenerate the table with {@code ./mvnw -B
 * test -Dtest=RankingAblation}, which rewrites the part of docs/search.md between its markers.
 */
class RankingAblation {

  static final String START = "<!-- ablation:start -->";
  static final String END = "<!-- ablation:end -->";

  @TempDir Path dataDir;

  static Map<String, Ranking> rows() {
    Ranking d = Ranking.DEFAULT;
    Map<String, Ranking> rows = new LinkedHashMap<>();
    rows.put("**shipped ranking**", d);
    rows.put(
        "before issue 11 (title 3, no feedback, questions and prose read literally)",
        with(
            with(
                with(with(d, "titleWeight", 3f), "feedback", Ranking.Feedback.OFF),
                "questionWords",
                false),
            "prose",
            false));
    rows.put(
        "field weights off (title = summary = body)",
        with(with(d, "titleWeight", 1f), "summaryWeight", 1f));
    rows.put("title weight 3 instead of 1.25", with(d, "titleWeight", 3f));
    rows.put("BM25F off: fields scored apart, summed", with(d, "combinedFields", false));
    rows.put(
        "all words ranked higher: on (+25 % for 2–4 word queries)",
        with(d, "allWordsWeight", 0.25f));
    rows.put("synonyms off", with(d, "synonyms", false));
    rows.put("authority factor off", with(d, "officialBoost", 1f));
    rows.put("recency factor off", with(d, "recencyMax", 0d));
    rows.put("stop words searched like other words", with(d, "stopWords", Ranking.StopWords.NONE));
    rows.put(
        "stop words removed from the index too", with(d, "stopWords", Ranking.StopWords.INDEX));
    rows.put("question words searched", with(d, "questionWords", false));
    rows.put("stemmer KStem instead of Porter", with(d, "stemmer", Ranking.Stemmer.KSTEM));
    rows.put("no stemmer", with(d, "stemmer", Ranking.Stemmer.NONE));
    rows.put("proximity on (weight 0.1)", with(d, "proximityWeight", 0.1f));
    rows.put("relevance feedback (RM3) off", with(d, "feedback", Ranking.Feedback.OFF));
    rows.put("prose read as syntax (quotes, parentheses)", with(d, "prose", false));
    return rows;
  }

  @Test
  void writeAblationTable() throws Exception {
    List<IrCollection> collections = new ArrayList<>();
    for (String name : List.of("cisi", "medline")) {
      Path dir = IrSiteTest.irDir().resolve(name);
      assumeTrue(Files.isDirectory(dir), "no collection at " + dir);
      collections.add(IrCollection.load(dir));
    }
    int judged = MpnJudgedSetTests.judgedQueries().size();
    List<String> table = new ArrayList<>();
    table.add(
        "| ranking | CISI nDCG@10 | CISI MAP@100 | MEDLINE nDCG@10 | MEDLINE MAP@100 | MPN judged set |");
    table.add("|---|---|---|---|---|---|");
    List<String> floor = new ArrayList<>();
    for (IrCollection c : collections) {
      try (Bm25Baseline baseline = new Bm25Baseline(c.docs())) {
        IrCollection.Scores s = c.evaluate(baseline::search, true);
        floor.add(cells(s));
      }
    }
    table.add(
        "| BM25 floor (plain Lucene, EnglishAnalyzer) | " + String.join(" | ", floor) + " | – |");
    int n = 0;
    String only = System.getProperty("ablation.only", "");
    for (Map.Entry<String, Ranking> row : rows().entrySet()) {
      if (!row.getKey().contains(only)) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (IrCollection c : collections) {
        cells.add(cells(measure(c, row.getValue(), dataDir.resolve("r" + n + c.name()))));
      }
      int failed;
      try (SearchFixture mpn =
          MpnJudgedSetTests.indexSamples(dataDir.resolve("mpn" + n), row.getValue())) {
        failed = MpnJudgedSetTests.failures(mpn).size();
      }
      n++;
      String line =
          "| "
              + row.getKey()
              + " | "
              + String.join(" | ", cells)
              + " | "
              + (judged - failed)
              + "/"
              + judged
              + " |";
      System.out.println(line);
      table.add(line);
    }
    Path out = Path.of("target", "ranking-ablation.md");
    Files.createDirectories(out.getParent());
    Files.write(out, table);
    if (only.isEmpty()) {
      rewriteDocs(Path.of("docs", "search.md"), table);
    }
  }

  private static String cells(IrCollection.Scores s) {
    return String.format(Locale.ROOT, "%.4f | %.4f", s.ndcg10(), s.map100());
  }

  static IrCollection.Scores measure(IrCollection c, Ranking ranking, Path dir) throws IOException {
    try (SearchFixture fixture =
        new SearchFixture(dir, Catalog.empty(), new MemoryArchive(), ranking)) {
      for (IrCollection.Doc doc : c.docs()) {
        fixture.add(RelevanceEvaluationTests.asEntry(c.name(), doc));
      }
      fixture.awaitIndexed(Duration.ofMinutes(5));
      return c.evaluate(
          (text, depth) ->
              fixture
                  .service
                  .search(
                      new SearchQuery(
                          text, null, null, null, null, null, null, Sort.RELEVANCE, 0, depth))
                  .hits()
                  .stream()
                  .map(SearchResults.Hit::id)
                  .toList(),
          true);
    }
  }

  private static void rewriteDocs(Path docs, List<String> table) throws IOException {
    String text = Files.readString(docs);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    if (start < 0 || end < start) {
      throw new IllegalStateException(docs + " has no " + START + " … " + END + " markers");
    }
    String body = START + "\n" + String.join("\n", table) + "\n";
    Files.writeString(docs, text.substring(0, start) + body + text.substring(end));
  }
}
