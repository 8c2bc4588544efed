package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.crawl.ArchivedEntry;
import org.partnerdigest.search.SearchQuery.Sort;

/**
 * Relevance against the classic collections in {@code ../shared/ir} (system property {@code
 * partner-digest.ir-dir}): each document is archived as an entry (title, author, text), every
 * judged query is sent as plain text through {@link SearchService}, and nDCG@10 and MAP@100 are
 * compared with a plain Lucene BM25 over the same documents. Results go to {@code
 * target/relevance-report.txt}.
 */
class RelevanceEvaluationTests {

  private static final int MAP_DEPTH = 100;

  @TempDir Path dataDir;

  @ParameterizedTest
  @ValueSource(strings = {"cisi", "medline"})
  void rankingIsAtLeastAsGoodAsPlainBm25(String name) throws IOException {
    Path dir = irDir().resolve(name);
    assumeTrue(Files.isDirectory(dir) || failOnCi(dir), "no collection at " + dir);
    IrCollection collection = IrCollection.load(dir);
    List<String> judged =
        collection.queries().keySet().stream().filter(collection.qrels()::containsKey).toList();
    double ndcg = 0;
    double map = 0;
    double baseNdcg = 0;
    double baseMap = 0;
    try (SearchFixture fixture = new SearchFixture(dataDir, Catalog.empty());
        Bm25Baseline baseline = new Bm25Baseline(collection.docs())) {
      long started = System.nanoTime();
      for (IrCollection.Doc doc : collection.docs()) {
        fixture.add(asEntry(name, doc));
      }
      fixture.awaitIndexed();
      long indexMillis = (System.nanoTime() - started) / 1_000_000;
      long searchNanos = 0;
      for (String id : judged) {
        String text = collection.queries().get(id);
        long t = System.nanoTime();
        List<String> ours = search(fixture, text);
        searchNanos += System.nanoTime() - t;
        List<String> base = baseline.search(text, MAP_DEPTH);
        ndcg += collection.ndcg(id, ours, 10);
        map += collection.averagePrecision(id, ours);
        baseNdcg += collection.ndcg(id, base, 10);
        baseMap += collection.averagePrecision(id, base);
      }
      int n = judged.size();
      String line =
          String.format(
              Locale.ROOT,
              "%-8s docs=%d judged-queries=%d  partner-digest nDCG@10=%.3f MAP@100=%.3f  | plain BM25 nDCG@10=%.3f MAP@100=%.3f  | index %d ms, mean query %.1f ms%n",
              name,
              collection.docs().size(),
              n,
              ndcg / n,
              map / n,
              baseNdcg / n,
              baseMap / n,
              indexMillis,
              searchNanos / 1e6 / n);
      System.out.print(line);
      report(name, line);
      assertThat(ndcg / n).isGreaterThanOrEqualTo(baseNdcg / n);
    }
  }

  static ArchivedEntry asEntry(String collection, IrCollection.Doc doc) {
    Instant published = Instant.parse("2026-01-01T00:00:00Z");
    String text = doc.text();
    return new ArchivedEntry(
        doc.id(),
        "ir-" + collection,
        0,
        doc.id(),
        doc.title(),
        "http://127.0.0.1/" + collection + "/" + doc.id(),
        doc.author(),
        published,
        published,
        null,
        text,
        List.of(),
        text,
        text.substring(0, Math.min(200, text.length())),
        published,
        false,
        false,
        false,
        Set.of());
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
