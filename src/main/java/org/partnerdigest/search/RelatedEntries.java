package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * "Related posts" for an entry: Lucene's {@link MoreLikeThis} picks the entry's most distinctive
 * terms (tf·idf over the title, summary and body fields, as they are analysed for search) and
 * searches for them. The entry itself and every copy of the same post (the duplicate keys search
 * folds by) are left out, and of other duplicated posts only the shown (primary) copy can appear.
 * Hidden and purged entries are not in the index, so they never appear.
 */
final class RelatedEntries {

  /** The most distinctive terms of the entry that the query asks for. */
  private static final int QUERY_TERMS = 25;

  private RelatedEntries() {}

  /** Up to {@code max} entries most like {@code id}, best first; empty when it is not indexed. */
  static List<IndexedEntry> of(IndexSearcher searcher, Analyzer analyzer, String id, int max)
      throws IOException {
    TopDocs self = searcher.search(new TermQuery(new Term(ID, id)), 1);
    if (self.scoreDocs.length == 0 || max <= 0) {
      return List.of();
    }
    MoreLikeThis like = new MoreLikeThis(searcher.getIndexReader());
    like.setAnalyzer(analyzer);
    like.setFieldNames(new String[] {TITLE, SUMMARY, BODY});
    // MoreLikeThis counts a word per field: in a short post every word occurs once, and in a small
    // site in one other post; its tf·idf ranking and the term cap pick the distinctive ones
    like.setMinDocFreq(1);
    like.setMinTermFreq(1);
    like.setMaxQueryTerms(QUERY_TERMS);
    // the index keeps stop words for phrases; they say nothing about what a post is about
    like.setStopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    BooleanQuery.Builder query =
        new BooleanQuery.Builder()
            .add(like.like(self.scoreDocs[0].doc), Occur.MUST)
            .add(new TermQuery(new Term(ID, id)), Occur.MUST_NOT)
            .add(new TermQuery(new Term(PRIMARY, "false")), Occur.MUST_NOT);
    for (String key : DuplicateGrouping.keysOf(searcher, id)) {
      query.add(new TermQuery(new Term(DUP_KEY, key)), Occur.MUST_NOT);
    }
    Sort sort =
        new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true));
    ScoreDoc[] hits = searcher.search(query.build(), max, sort).scoreDocs;
    List<IndexedEntry> related = new ArrayList<>(hits.length);
    for (ScoreDoc hit : hits) {
      related.add(IndexedEntries.of(searcher, hit.doc));
    }
    return related;
  }
}
