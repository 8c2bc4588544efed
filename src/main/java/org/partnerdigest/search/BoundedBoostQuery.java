package org.partnerdigest.search;

import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query's score times a per-document factor of at most a known {@code ceiling} (the official
 * tier, recency). Lucene's {@code FunctionScoreQuery} does the same multiplication but cannot bound
 * the factor, so it reports an infinite maximum score and every match must be scored (issue 13).
 * Knowing the ceiling, this query tells block-max WAND the inner query's maximum times the ceiling,
 * and passes a minimum competitive score divided by it down: Lucene skips again, and the ranking is
 * the same as before.
 */
final class BoundedBoostQuery extends Query {

  private final Query inner;
  private final DoubleValuesSource factor;
  private final double ceiling;

  /**
   * @param factor a value in {@code [0, ceiling]} for every document, never reading scores
   */
  BoundedBoostQuery(Query inner, DoubleValuesSource factor, double ceiling) {
    if (!(ceiling > 0) || factor.needsScores()) {
      throw new IllegalArgumentException("a boost factor lies in [0, ceiling] without scores");
    }
    this.inner = inner;
    this.factor = factor;
    this.ceiling = ceiling;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = inner.rewrite(searcher);
    return rewritten == inner ? this : new BoundedBoostQuery(rewritten, factor, ceiling);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight weight = inner.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return weight;
    }
    DoubleValuesSource values = factor.rewrite(searcher);
    return new Weight(this) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        ScorerSupplier supplier = weight.scorerSupplier(context);
        if (supplier == null) {
          return null;
        }
        return new ScorerSupplier() {
          @Override
          public Scorer get(long leadCost) throws IOException {
            return new Boosted(supplier.get(leadCost), values.getValues(context, null));
          }

          @Override
          public long cost() {
            return supplier.cost();
          }

          @Override
          public void setTopLevelScoringClause() throws IOException {
            supplier.setTopLevelScoringClause();
          }
        };
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        Explanation matched = weight.explain(context, doc);
        if (!matched.isMatch()) {
          return matched;
        }
        Explanation by = values.explain(context, doc, Explanation.noMatch("no score"));
        return Explanation.match(
            (float) (matched.getValue().doubleValue() * by.getValue().doubleValue()),
            "product of:",
            matched,
            by);
      }

      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        return weight.matches(context, doc);
      }

      @Override
      public int count(LeafReaderContext context) throws IOException {
        return weight.count(context);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return weight.isCacheable(context) && values.isCacheable(context);
      }
    };
  }

  /** The inner scorer's matches and skipping, its scores multiplied by the factor. */
  private final class Boosted extends Scorer {
    private final Scorer in;
    private final DoubleValues values;

    Boosted(Scorer in, DoubleValues values) {
      this.in = in;
      this.values = values;
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public float score() throws IOException {
      double by = values.advanceExact(in.docID()) ? values.doubleValue() : 1;
      return (float) (in.score() * by);
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      return in.advanceShallow(target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      return Math.nextUp((float) (in.getMaxScore(upTo) * ceiling));
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // a match of the inner query needs at least this much to reach minScore at the ceiling;
      // rounded down so that float arithmetic never skips a competitive match
      in.setMinCompetitiveScore(Math.max(0f, Math.nextDown((float) (minScore / ceiling))));
    }

    @Override
    public Collection<ChildScorable> getChildren() {
      return List.of(new ChildScorable(in, "BOOSTED"));
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    inner.visit(visitor.getSubVisitor(org.apache.lucene.search.BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "bounded(" + inner.toString(field) + " × " + factor + " ≤ " + ceiling + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && o instanceof BoundedBoostQuery other
        && inner.equals(other.inner)
        && factor.equals(other.factor)
        && ceiling == other.ceiling;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), inner, factor, ceiling);
  }
}
