package org.partnerdigest.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.partnerdigest.catalog.Topic;

/**
 * Tags an entry with the catalog topics whose query it matches, at index time: the entry's fields
 * go into a one-document {@link MemoryIndex} and every topic query (parsed once per catalog with
 * the user query parser) runs against it.
 */
final class TopicTagger {

  private final Analyzer analyzer;
  private final Map<String, Query> queries;

  private TopicTagger(Analyzer analyzer, Map<String, Query> queries) {
    this.analyzer = analyzer;
    this.queries = queries;
  }

  static TopicTagger of(List<Topic> topics, UserQueryParser parser, Analyzer analyzer) {
    Map<String, Query> queries = new java.util.LinkedHashMap<>();
    for (Topic topic : topics) {
      try {
        ParsedQuery parsed = parser.parse(topic.query());
        if (!parsed.matchesAll()) {
          // a match-all clause gives filter-only topic queries (feed:x) a score above zero
          queries.put(
              Keywords.normalize(topic.key()),
              new BooleanQuery.Builder()
                  .add(parsed.query(), Occur.MUST)
                  .add(new MatchAllDocsQuery(), Occur.SHOULD)
                  .build());
        }
      } catch (InvalidQueryException e) {
        // the catalog validates topic queries; an over-long one simply tags nothing
      }
    }
    return new TopicTagger(analyzer, Map.copyOf(queries));
  }

  /** The keys of the topics {@code document} matches, in catalog order. */
  List<String> topicsOf(Document document) {
    if (queries.isEmpty()) {
      return List.of();
    }
    MemoryIndex index = MemoryIndex.fromDocument(document, analyzer);
    List<String> topics = new ArrayList<>();
    queries.forEach(
        (key, query) -> {
          if (index.search(query) > 0f) {
            topics.add(key);
          }
        });
    return topics.stream().sorted().toList();
  }
}
