package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.partnerdigest.catalog.Topic;

/**
 * Ranks a given set of entries the way a search ranks them: by a topic's query (BM25F over the text
 * fields), the official-source boost and recency as of a given time. Only the primary copy of a
 * duplicated post takes part, so copies in other feeds are folded under it ({@code alsoIn}).
 */
final class EntryRanking {

  private EntryRanking() {}

  static List<IndexedEntry> rank(
      IndexSearcher searcher,
      SearchCatalog catalog,
      String topicKey,
      Collection<String> ids,
      Instant asOf)
      throws IOException {
    if (ids.isEmpty()) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Sort sort;
    if (topicKey == null) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
      sort = new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_DOC);
    } else {
      Query text =
          catalog
              .catalog()
              .topic(topicKey)
              .map(Topic::query)
              .map(q -> catalog.parser().parse(q))
              .filter(parsed -> !parsed.matchesAll())
              .map(ParsedQuery::query)
              .orElseGet(MatchAllDocsQuery::new);
      Query scored = catalog.ranking().boosted(text, asOf.toEpochMilli());
      query.add(scored, Occur.MUST);
      query.add(new TermQuery(new Term(TOPIC, Keywords.normalize(topicKey))), Occur.FILTER);
      sort = new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true));
    }
    List<BytesRef> terms = ids.stream().map(BytesRef::new).toList();
    query.add(new TermInSetQuery(ID, terms), Occur.FILTER);
    query.add(new TermQuery(new Term(PRIMARY, "false")), Occur.MUST_NOT);
    ScoreDoc[] hits = searcher.search(query.build(), ids.size(), sort, true).scoreDocs;
    List<IndexedEntry> ranked = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      ranked.add(IndexedEntries.of(searcher, hit.doc));
    }
    return ranked;
  }
}
