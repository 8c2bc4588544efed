package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.partnerdigest.catalog.Topic;

/**
 * The one topic an entry tagged with several is shown under: the topic whose query scores it
 * highest (BM25F, as a search for that query would), ties going to the topic listed first in {@code
 * feeds.yml}. Boosts for official sources and recency are left out: they are the same for one entry
 * whichever topic asks.
 */
final class BestTopics {

  private BestTopics() {}

  /** Entry id → key of its best topic, for the ids that are indexed with at least one topic. */
  static Map<String, String> of(
      IndexSearcher searcher, SearchCatalog catalog, Collection<String> ids) throws IOException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    List<BytesRef> terms = ids.stream().distinct().map(BytesRef::new).toList();
    Map<String, Float> bestScore = new HashMap<>();
    Map<String, String> best = new LinkedHashMap<>();
    for (Topic topic : catalog.catalog().topics()) {
      String key = Keywords.normalize(topic.key());
      BooleanQuery.Builder query =
          new BooleanQuery.Builder()
              // a filter-only topic query (feed:x) still scores above zero, as in TopicTagger
              .add(new MatchAllDocsQuery(), Occur.SHOULD)
              .add(new TermQuery(new Term(TOPIC, key)), Occur.FILTER)
              .add(new TermInSetQuery(ID, terms), Occur.FILTER);
      try {
        ParsedQuery parsed = catalog.parser().parse(topic.query());
        if (!parsed.matchesAll()) {
          query.add(parsed.query(), Occur.SHOULD);
        }
      } catch (InvalidQueryException e) {
        // the catalog validates topic queries; one beyond a limit tagged nothing anyway
      }
      for (ScoreDoc hit : searcher.search(query.build(), terms.size()).scoreDocs) {
        String id = searcher.storedFields().document(hit.doc).get(ID);
        // strictly greater: on a tie the topic listed earlier keeps the entry
        if (hit.score > bestScore.getOrDefault(id, Float.NEGATIVE_INFINITY)) {
          bestScore.put(id, hit.score);
          best.put(id, key);
        }
      }
    }
    return best;
  }
}
