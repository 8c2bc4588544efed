package org.partnerdigest.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;

/**
 * A relevance factor for sources of an official-tier group: {@code boost} for documents indexed
 * with {@code tier:OFFICIAL}, 1 for the others. Reads the term's postings in document order, as a
 * collector visits matches.
 */
final class OfficialBoost extends DocumentFactor {

  static final Term OFFICIAL = new Term(IndexFields.TIER, "OFFICIAL");

  private final float boost;

  OfficialBoost(float boost) {
    this.boost = boost;
  }

  @Override
  Leaf leaf(LeafReaderContext ctx) throws IOException {
    PostingsEnum postings = ctx.reader().postings(OFFICIAL, PostingsEnum.NONE);
    DocIdSetIterator official = postings == null ? DocIdSetIterator.empty() : postings;
    return doc -> {
      int at = official.docID() < doc ? official.advance(doc) : official.docID();
      return at == doc ? boost : 1;
    };
  }

  @Override
  public Explanation explain(LeafReaderContext ctx, int docId, Explanation scoreExplanation)
      throws IOException {
    return Explanation.match(leaf(ctx).at(docId), "official source boost " + boost);
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OfficialBoost other && other.boost == boost;
  }

  @Override
  public int hashCode() {
    return Float.hashCode(boost);
  }

  @Override
  public String toString() {
    return "official(" + boost + ")";
  }
}
