package org.partnerdigest.search;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The work a query asks of the index, counted on the query before it runs, independent of what the
 * index holds: each distinct (field, term) it looks up is one clause, and each prefix counts the
 * expansions it is allowed (not the ones it happens to find), so the same text always gets the same
 * answer.
 */
final class QueryCost {

  private QueryCost() {}

  /** Distinct term lookups plus allowed prefix expansions plus other leaves (ranges, match-all). */
  static int clauses(Query query) {
    Counter counter = new Counter();
    query.visit(counter);
    return counter.terms.size() + counter.others;
  }

  private static final class Counter extends QueryVisitor {
    final Set<Term> terms = new HashSet<>();
    int others;

    @Override
    public void consumeTerms(Query query, Term... terms) {
      this.terms.addAll(Arrays.asList(terms));
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      others +=
          query instanceof MultiTermQuery m && m.getRewriteMethod() instanceof TopTermsRewrite<?> t
              ? t.getSize()
              : QueryLimits.MAX_EXPANSIONS_PER_WORD;
    }

    @Override
    public void visitLeaf(Query query) {
      others++;
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return this; // prohibited clauses are looked up too
    }
  }
}
