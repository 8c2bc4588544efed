package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Issue 3 §5 end to end: each collection is served as an Atom feed on loopback, crawled by the real
 * pipeline, and every judged query goes through {@code GET /api/search} as plain text. nDCG@10
 * (size=10) and MAP@100 (size=100) are compared with a plain Lucene BM25 over the same text and
 * written to {@code target/relevance-over-http.txt}.
 */
class RelevanceOverHttpTests extends IrSiteTest {

  @Test
  void rankingOverHttpMatchesOrBeatsPlainBm25() throws IOException {
    assumeTrue(!COLLECTIONS.isEmpty(), "no relevance collections at " + irDir());
    awaitCrawledAndIndexed();
    List<String> lines = new ArrayList<>();
    for (IrCollection collection : COLLECTIONS) {
      List<String> judged =
          collection.queries().keySet().stream().filter(collection.qrels()::containsKey).toList();
      double ndcg = 0;
      double map = 0;
      double baseNdcg = 0;
      double baseMap = 0;
      try (Bm25Baseline baseline = new Bm25Baseline(collection.docs())) {
        for (String id : judged) {
          String text = collection.queries().get(id);
          ndcg += collection.ndcg(id, rankedDocIds(text, 10), 10);
          map += collection.averagePrecision(id, rankedDocIds(text, 100));
          List<String> base = baseline.search(text, 100);
          baseNdcg += collection.ndcg(id, base, 10);
          baseMap += collection.averagePrecision(id, base);
        }
      }
      int n = judged.size();
      String line =
          String.format(
              Locale.ROOT,
              "%-8s over HTTP: partner-digest nDCG@10=%.3f MAP@100=%.3f | plain BM25 nDCG@10=%.3f"
                  + " MAP@100=%.3f (%d judged queries, %d docs)",
              collection.name(),
              ndcg / n,
              map / n,
              baseNdcg / n,
              baseMap / n,
              n,
              collection.docs().size());
      System.out.println(line);
      lines.add(line);
      // A floor, not a target: the crawl path must not lose what the index alone achieves.
      assertThat(ndcg / n).as(collection.name()).isGreaterThanOrEqualTo(baseNdcg / n * 0.95);
    }
    Path report = Path.of("target", "relevance-over-http.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, lines);
  }
}
