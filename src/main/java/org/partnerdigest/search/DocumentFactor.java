package org.partnerdigest.search;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A relevance factor each document has on its own, read from the index and never from scores (the
 * official tier, recency), for {@link BoundedBoostQuery}.
 */
abstract class DocumentFactor extends DoubleValuesSource {

  /** The factors of one segment's documents, asked for in increasing document order. */
  interface Leaf {
    double at(int doc) throws IOException;
  }

  abstract Leaf leaf(LeafReaderContext ctx) throws IOException;

  @Override
  public final DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores)
      throws IOException {
    Leaf leaf = leaf(ctx);
    return new DoubleValues() {
      private double value = 1;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        value = leaf.at(doc);
        return true;
      }
    };
  }

  @Override
  public final boolean needsScores() {
    return false;
  }

  @Override
  public final DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }
}
