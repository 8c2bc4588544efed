package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official and recency boosts as {@link Ranking#boosted} builds them rank exactly as Lucene's
 * unbounded {@code FunctionScoreQuery} did, while letting the top-hits search skip (issue 13).
 */
class BoundedBoostQueryTests {

  private static final long NOW = 1_800_000_000_000L;
  private static final double DAY = 86_400_000d;
  private static final String[] WORDS = {
    "renewal",
    "partner",
    "azure",
    "billing",
    "marketplace",
    "benefits",
    "offer",
    "private",
    "security",
    "migration",
    "program",
    "credits",
    "designation",
    "solutions",
    "licensing"
  };

  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    directory = new ByteBuffersDirectory();
    Random random = new Random(7);
    try (IndexWriter writer =
        new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < 20_000; i++) {
        StringBuilder text = new StringBuilder();
        int length = 5 + random.nextInt(200);
        for (int w = 0; w < length; w++) {
          // skewed: the first words are common, as real posts' vocabulary is
          int pick = (int) Math.min(WORDS.length - 1, Math.abs(random.nextGaussian()) * 5);
          text.append(WORDS[pick]).append(' ');
        }
        Document doc = new Document();
        doc.add(new TextField(IndexFields.BODY, text.toString(), Field.Store.NO));
        if (random.nextInt(5) == 0) {
          doc.add(new StringField(IndexFields.TIER, "OFFICIAL", Field.Store.NO));
        }
        long published = NOW - (long) (random.nextDouble() * 1_000 * DAY);
        doc.add(new NumericDocValuesField(IndexFields.PUBLISHED, published));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"renewal", "renewal partner", "migration credits licensing", "offer"})
  void ranksTheTopHitsExactlyAsTheUnboundedBoostsDid(String words) throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query text = text(words);
    Query unbounded =
        FunctionScoreQuery.boostByValue(
            FunctionScoreQuery.boostByQuery(
                text, new TermQuery(OfficialBoost.OFFICIAL), Ranking.DEFAULT.officialBoost()),
            new RecencyBoost(NOW, Ranking.DEFAULT.recencyMax()));

    TopDocs expected = searcher.search(unbounded, new TopScoreDocCollectorManager(20, null, 0));
    TopDocs actual =
        searcher.search(
            Ranking.DEFAULT.boosted(text, NOW), new TopScoreDocCollectorManager(20, null, 20));

    assertThat(docs(actual.scoreDocs)).containsExactly(docs(expected.scoreDocs));
    for (int i = 0; i < expected.scoreDocs.length; i++) {
      assertThat(actual.scoreDocs[i].score).isEqualTo(expected.scoreDocs[i].score);
    }
  }

  @Test
  void letsTheTopHitsSearchSkipMatchesThatCannotReachThePage() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query text = text("renewal partner");
    long matches = searcher.count(text);

    long scoredUnbounded =
        scored(searcher, FunctionScoreQuery.boostByValue(text, new RecencyBoost(NOW, 0.1)));
    long scoredBounded = scored(searcher, Ranking.DEFAULT.boosted(text, NOW));

    assertThat(scoredUnbounded).isEqualTo(matches);
    // the seeded index is the same every run: about a third of the matches are skipped
    assertThat(scoredBounded).isLessThan(matches * 9 / 10);
  }

  @Test
  void countsWithoutScoringWhenNoScoresAreNeeded() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query text = text("migration");

    assertThat(searcher.count(Ranking.DEFAULT.boosted(text, NOW))).isEqualTo(searcher.count(text));
  }

  private static Query text(String words) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (String word : words.split(" ")) {
      query.add(new TermQuery(new Term(IndexFields.BODY, word)), Occur.SHOULD);
    }
    return query.build();
  }

  private static int[] docs(ScoreDoc[] hits) {
    return Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
  }

  /** How many documents the top-10 search had to collect (score) for {@code query}. */
  private static long scored(IndexSearcher searcher, Query query) throws IOException {
    AtomicLong collected = new AtomicLong();
    TopScoreDocCollectorManager top = new TopScoreDocCollectorManager(10, null, 10);
    searcher.search(
        query,
        new CollectorManager<Collector, Void>() {
          @Override
          public Collector newCollector() throws IOException {
            TopScoreDocCollector inner = top.newCollector();
            return new FilterCollector(inner) {
              @Override
              public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return new FilterLeafCollector(super.getLeafCollector(context)) {
                  @Override
                  public void collect(int doc) throws IOException {
                    collected.incrementAndGet();
                    super.collect(doc);
                  }
                };
              }
            };
          }

          @Override
          public Void reduce(Collection<Collector> collectors) {
            return null;
          }
        });
    return collected.get();
  }
}
