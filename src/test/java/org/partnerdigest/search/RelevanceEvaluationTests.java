package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.content.TestEntries;
import org.partnerdigest.search.SearchQuery.Sort;

/**
 * Relevance against the classic collections in {@code ../shared/ir} (system property {@code
 * partner-digest.ir-dir}): each document is archived as an entry (title, author, text), every
 * judged query is sent as typed through {@link SearchService}, and nDCG@10 must beat the BM25 floor
 * ({@link Bm25Baseline}, computed in the same run on the same documents) by at least 3 %. Results,
 * with MAP@100, go to {@code target/relevance-report.txt}.
 */
class RelevanceEvaluationTests {

  private static final int MAP_DEPTH = 100;

  @TempDir Path dataDir;

  @ParameterizedTest
  @ValueSource(strings = {"cisi", "medline"})
  void rankingBeatsTheBm25FloorByThreePercent(String name) throws IOException {
    Path dir = irDir().resolve(name);
    assumeTrue(Files.isDirectory(dir) || failOnCi(dir), "no collection at " + dir);
    IrCollection collection = IrCollection.load(dir);
    try (SearchFixture fixture = new SearchFixture(dataDir, Catalog.empty());
        Bm25Baseline baseline = new Bm25Baseline(collection.docs())) {
      long started = System.nanoTime();
      for (IrCollection.Doc doc : collection.docs()) {
        fixture.add(asEntry(name, doc));
      }
      fixture.awaitIndexed(Duration.ofMinutes(5));
      long indexMillis = (System.nanoTime() - started) / 1_000_000;
      long searchStarted = System.nanoTime();
      IrCollection.Scores ours = collection.evaluate((text, depth) -> search(fixture, text), true);
      long searchNanos = System.nanoTime() - searchStarted;
      IrCollection.Scores floor = collection.evaluate(baseline::search, true);
      String line =
          String.format(
              Locale.ROOT,
              "%-8s docs=%d judged-queries=%d  partner-digest nDCG@10=%.4f MAP@100=%.4f  | BM25 floor nDCG@10=%.4f MAP@100=%.4f  | %+.1f %% | index %d ms, mean query %.1f ms%n",
              name,
              collection.docs().size(),
              ours.queries(),
              ours.ndcg10(),
              ours.map100(),
              floor.ndcg10(),
              floor.map100(),
              (ours.ndcg10() / floor.ndcg10() - 1) * 100,
              indexMillis,
              searchNanos / 1e6 / ours.queries());
      System.out.print(line);
      report(name, line);
      assertThat(ours.ndcg10())
          .as(line)
          .isGreaterThanOrEqualTo(floor.ndcg10() * RelevanceOverHttpTests.ABOVE_FLOOR);
    }
  }

  static ArchivedEntry asEntry(String collection, IrCollection.Doc doc) {
    Instant published = Instant.parse("2026-01-01T00:00:00Z");
    String text = doc.text();
    return Entries.archived(
        "ir-" + collection,
        TestEntries.entry(doc.id())
            .title(doc.title())
            .link("http://127.0.0.1/" + collection + "/" + doc.id())
            .author(doc.author())
            .published(published)
            .updated(published)
            .content(text)
            .text(text),
        published);
  }

  private static List<String> search(SearchFixture fixture, String text) {
    List<String> ids = new ArrayList<>();
    SearchResults results =
        fixture.service.search(
            new SearchQuery(
                text, null, null, null, null, null, null, Sort.RELEVANCE, 0, MAP_DEPTH));
    results.hits().forEach(h -> ids.add(h.id()));
    return ids;
  }

  private static Path irDir() {
    return Path.of(System.getProperty("partner-digest.ir-dir", "../shared/ir"));
  }

  private static boolean failOnCi(Path dir) {
    if ("true".equals(System.getenv("CI"))) {
      throw new AssertionError("relevance collections missing at " + dir);
    }
    return false;
  }

  private static synchronized void report(String name, String line) throws IOException {
    Path report = Path.of("target", "relevance-report.txt");
    Files.createDirectories(report.getParent());
    List<String> lines =
        Files.exists(report)
            ? new ArrayList<>(
                Files.readAllLines(report).stream()
                    .filter(l -> !l.startsWith(String.format(Locale.ROOT, "%-8s", name)))
                    .toList())
            : new ArrayList<>();
    lines.add(line.stripTrailing());
    Files.write(report, lines);
  }
}
