package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.partnerdigest.search.SearchResults.FacetCount;

/**
 * Facet counts over several segments, with deleted documents, documents missing a field and several
 * topics per document, equal a count of what was indexed; the per-segment ordinals are dropped with
 * their segment.
 */
class FacetCounterTests {

  @Test
  void countsEveryValueOfEveryMatchAcrossSegmentsAndDeletions() throws IOException {
    Random random = new Random(11);
    Map<String, Map<String, Long>> expected = new HashMap<>();
    long matches = 0;
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      for (int i = 0; i < 3_000; i++) {
        boolean kept = i % 7 != 0;
        boolean matching = i % 3 != 0;
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, "e" + i, Field.Store.NO));
        doc.add(new StringField("match", String.valueOf(matching), Field.Store.NO));
        Map<String, List<String>> values =
            Map.of(
                IndexFields.FEED, List.of("feed-" + random.nextInt(40)),
                IndexFields.GROUP, i % 11 == 0 ? List.of() : List.of("group-" + random.nextInt(3)),
                IndexFields.YEAR, List.of(String.valueOf(2020 + random.nextInt(6))),
                IndexFields.TOPIC,
                    random.ints(random.nextInt(4), 0, 9).mapToObj(t -> "topic-" + t).toList());
        values.forEach(
            (field, list) ->
                list.forEach(v -> doc.add(new SortedSetDocValuesField(field, new BytesRef(v)))));
        writer.addDocument(doc);
        if (!kept) {
          writer.deleteDocuments(new Term(IndexFields.ID, "e" + i));
        }
        if (i % 500 == 499) {
          writer.commit(); // several segments
        }
        if (kept && matching) {
          matches++;
          values.forEach(
              (field, list) ->
                  list.stream()
                      .distinct()
                      .forEach(
                          v ->
                              expected
                                  .computeIfAbsent(field, f -> new TreeMap<>())
                                  .merge(v, 1L, Long::sum)));
        }
      }
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        assertThat(reader.leaves()).hasSizeGreaterThan(1);
        FacetCounter.Counted counted =
            new IndexSearcher(reader)
                .search(new TermQuery(new Term("match", "true")), new FacetCounter());

        assertThat(counted.total()).isEqualTo(matches);
        for (String field : FacetCounter.FIELDS) {
          Map<String, Long> actual = new TreeMap<>();
          for (FacetCount count : counted.facets().get(field)) {
            actual.put(count.value(), count.count());
          }
          assertThat(actual).as(field).isEqualTo(expected.get(field));
        }
        assertThat(reader.leaves())
            .allSatisfy(
                leaf ->
                    assertThat(FacetOrdinals.holds(leaf.reader().getCoreCacheHelper().getKey()))
                        .isTrue());
      }
    }
  }

  @Test
  void forgetsTheOrdinalsOfASegmentOnceItIsClosed() throws IOException {
    IndexReader.CacheKey segment;
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer =
            new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      Document doc = new Document();
      doc.add(new SortedSetDocValuesField(IndexFields.FEED, new BytesRef("only")));
      writer.addDocument(doc);
      writer.commit();
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        new IndexSearcher(reader).search(new MatchAllDocsQuery(), new FacetCounter());
        segment = reader.leaves().getFirst().reader().getCoreCacheHelper().getKey();
        assertThat(FacetOrdinals.holds(segment)).isTrue();
      }
    }
    assertThat(FacetOrdinals.holds(segment)).isFalse();
  }
}
