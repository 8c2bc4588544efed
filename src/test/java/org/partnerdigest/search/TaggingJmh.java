package org.partnerdigest.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.partnerdigest.bench.GeneratedFeeds;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.CatalogParser;
import org.partnerdigest.catalog.Topic;

/**
 * Topic tagging of one 500-entry indexing batch with the shipped catalog's topics (bench profile
 * only): one {@link MemoryIndex} per document with every topic query rewritten against it, as
 * before issue 13, against {@link TopicTagger}'s one in-memory index per chunk of 128.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TaggingJmh {

  private SearchCatalog catalog;
  private List<Query> perDocumentQueries;
  private List<Document> batch;

  @Setup(Level.Trial)
  public void build() throws Exception {
    Catalog shipped = CatalogParser.read(Path.of("feeds.yml"), "feeds.yml").catalog();
    catalog = SearchCatalog.of(shipped, Ranking.DEFAULT);
    perDocumentQueries = new ArrayList<>();
    for (Topic topic : shipped.topics()) {
      perDocumentQueries.add(
          new BooleanQuery.Builder()
              .add(catalog.parser().parse(topic.query()).query(), Occur.MUST)
              .add(new MatchAllDocsQuery(), Occur.SHOULD)
              .build());
    }
    batch = new ArrayList<>();
    for (int f = 0; f < 25; f++) {
      for (GeneratedFeeds.Entry e : GeneratedFeeds.feed(13, f, 20).entries()) {
        batch.add(EntryDocuments.build(Entries.generated("bench-" + f, e), catalog));
      }
    }
  }

  @Benchmark
  public int oneMemoryIndexPerDocument() {
    int tags = 0;
    for (Document doc : batch) {
      MemoryIndex index = MemoryIndex.fromDocument(doc, Ranking.DEFAULT.analyzer());
      for (Query query : perDocumentQueries) {
        tags += index.search(query) > 0f ? 1 : 0;
      }
    }
    return tags;
  }

  @Benchmark
  public int inMemoryIndexPerChunk() {
    int tags = 0;
    for (int from = 0; from < batch.size(); from += 128) {
      for (List<String> topics :
          catalog.tagger().topicsOf(batch.subList(from, Math.min(batch.size(), from + 128)))) {
        tags += topics.size();
      }
    }
    return tags;
  }
}
