package org.partnerdigest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.partnerdigest.catalog.Topic;

/**
 * Tags entries with the catalog topics whose query they match, at index time, a batch at a time:
 * the batch's documents (only the fields some topic query reads) go into a small in-memory index,
 * and each topic query runs once over it. Queries are parsed once per catalog; per batch they are
 * rewritten once, not once per document (issue 13: per-document rewriting was a third of ingest).
 */
final class TopicTagger {

  /** Each document's position in its batch, so matches map back whatever the segment order. */
  private static final String ORDINAL = "batch_ordinal";

  /** The index's analyzer, keeping only the tokens some topic query can match. */
  private final Analyzer analyzer;

  private final SortedMap<String, Query> queries;
  private final Set<String> fields;

  private TopicTagger(Analyzer analyzer, SortedMap<String, Query> queries, Set<String> fields) {
    this.analyzer = analyzer;
    this.queries = queries;
    this.fields = fields;
  }

  static TopicTagger of(List<Topic> topics, UserQueryParser parser, Analyzer analyzer) {
    // sorted by key: a document's topics come out in key order
    SortedMap<String, Query> queries = new TreeMap<>();
    for (Topic topic : topics) {
      try {
        ParsedQuery parsed = parser.parse(topic.query());
        if (!parsed.matchesAll()) {
          queries.put(Keywords.normalize(topic.key()), TopicMatch.of(parsed.query()));
        }
      } catch (InvalidQueryException e) {
        // the catalog validates topic queries; an over-long one simply tags nothing
      }
    }
    Set<String> fields = new HashSet<>();
    queries
        .values()
        .forEach(
            query ->
                query.visit(
                    new QueryVisitor() {
                      @Override
                      public boolean acceptField(String field) {
                        fields.add(field);
                        return true;
                      }
                    }));
    return new TopicTagger(
        TopicTerms.of(queries.values()).keepingOnly(analyzer),
        Collections.unmodifiableSortedMap(queries),
        Set.copyOf(fields));
  }

  /** The keys of the topics {@code document} matches, sorted. */
  List<String> topicsOf(Document document) {
    return topicsOf(List.of(document)).getFirst();
  }

  /** For each of {@code documents}, in order, the keys of the topics it matches, sorted. */
  List<List<String>> topicsOf(List<Document> documents) {
    List<List<String>> topics = new ArrayList<>(documents.size());
    documents.forEach(d -> topics.add(new ArrayList<>()));
    if (queries.isEmpty() || documents.isEmpty()) {
      return topics;
    }
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setMergePolicy(NoMergePolicy.INSTANCE)
            .setRAMBufferSizeMB(64)
            .setCommitOnClose(false);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, config)) {
      for (int i = 0; i < documents.size(); i++) {
        writer.addDocument(topicFields(documents.get(i), i));
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setQueryCache(null);
        for (Map.Entry<String, Query> topic : queries.entrySet()) {
          for (int ordinal : matches(searcher, topic.getValue())) {
            topics.get(ordinal).add(topic.getKey());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("topic tagging in memory failed", e);
    }
    return topics;
  }

  /** The fields of {@code document} that some topic query reads, and its batch ordinal. */
  private List<IndexableField> topicFields(Document document, int ordinal) {
    List<IndexableField> kept = new ArrayList<>();
    for (IndexableField field : document) {
      if (fields.contains(field.name())
          && (field.fieldType().indexOptions() != IndexOptions.NONE
              || field.fieldType().pointDimensionCount() > 0)) {
        kept.add(matchedOnly(field));
      }
    }
    kept.add(new NumericDocValuesField(ORDINAL, ordinal));
    return kept;
  }

  /**
   * {@code field} as far as matching needs it: not stored and without offsets. Storing and
   * compressing the bodies of a chunk cost as much as matching it.
   */
  private static IndexableField matchedOnly(IndexableField field) {
    IndexableFieldType type = field.fieldType();
    boolean offsets = type.indexOptions() == IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS;
    if (!type.stored() && !offsets || field.stringValue() == null) {
      return field;
    }
    FieldType light = new FieldType(type);
    light.setStored(false);
    if (offsets) {
      light.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    }
    light.freeze();
    return new Field(field.name(), field.stringValue(), light);
  }

  private static List<Integer> matches(IndexSearcher searcher, Query query) throws IOException {
    List<Integer> ordinals = new ArrayList<>();
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      NumericDocValues ordinal = leaf.reader().getNumericDocValues(ORDINAL);
      DocIdSetIterator docs = scorer.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (ordinal.advanceExact(doc)) {
          ordinals.add((int) ordinal.longValue());
        }
      }
    }
    return ordinals;
  }
}
