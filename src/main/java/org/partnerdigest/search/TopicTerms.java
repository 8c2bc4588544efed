package org.partnerdigest.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PointRangeQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * The terms the topic queries can match, per text field, so that topic tagging's in-memory index
 * holds only those tokens (issue 13: inverting every body a second time, for a dozen queries that
 * look up a few dozen terms, was most of tagging's cost). A token left out still advances the
 * position, so phrases match exactly as over the whole text. Terms under a negation count (a
 * document must still be seen to hold them); a prefix keeps every token it could expand to; a query
 * whose terms cannot be listed keeps every token.
 */
final class TopicTerms {

  private final Map<String, Set<BytesRef>> terms;
  private final Map<String, List<ByteRunAutomaton>> patterns;
  private final boolean everything;

  private TopicTerms(
      Map<String, Set<BytesRef>> terms,
      Map<String, List<ByteRunAutomaton>> patterns,
      boolean everything) {
    this.terms = terms;
    this.patterns = patterns;
    this.everything = everything;
  }

  static TopicTerms of(Collection<Query> queries) {
    Collector collector = new Collector();
    queries.forEach(query -> query.visit(collector));
    return new TopicTerms(collector.terms, collector.patterns, collector.everything);
  }

  /** {@code analyzer}, dropping the tokens no topic query can match. */
  Analyzer keepingOnly(Analyzer analyzer) {
    if (everything) {
      return analyzer;
    }
    return new AnalyzerWrapper(analyzer.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String field) {
        return analyzer;
      }

      @Override
      protected TokenStreamComponents wrapComponents(
          String field, TokenStreamComponents components) {
        return new TokenStreamComponents(
            components.getSource(), new Matchable(components.getTokenStream(), field));
      }
    };
  }

  boolean matchable(String field, BytesRef term) {
    Set<BytesRef> exact = terms.get(field);
    if (exact != null && exact.contains(term)) {
      return true;
    }
    for (ByteRunAutomaton pattern : patterns.getOrDefault(field, List.of())) {
      if (pattern.run(term.bytes, term.offset, term.length)) {
        return true;
      }
    }
    return false;
  }

  private final class Matchable extends FilteringTokenFilter {

    private final TermToBytesRefAttribute term = addAttribute(TermToBytesRefAttribute.class);
    private final String field;

    Matchable(TokenStream input, String field) {
      super(input);
      this.field = field;
    }

    @Override
    protected boolean accept() {
      return matchable(field, term.getBytesRef());
    }
  }

  private static final class Collector extends QueryVisitor {

    final Map<String, Set<BytesRef>> terms = new HashMap<>();
    final Map<String, List<ByteRunAutomaton>> patterns = new HashMap<>();
    boolean everything;

    @Override
    public void consumeTerms(Query query, Term... consumed) {
      for (Term term : consumed) {
        terms.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term.bytes());
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      patterns.computeIfAbsent(field, f -> new ArrayList<>()).add(automaton.get());
    }

    @Override
    public void visitLeaf(Query query) {
      // points, "exists" and match-all read no tokens; anything else might
      if (!(query instanceof PointRangeQuery
          || query instanceof FieldExistsQuery
          || query instanceof MatchAllDocsQuery
          || query instanceof MatchNoDocsQuery)) {
        everything = true;
      }
    }

    @Override
    public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
      return this; // the default skips negated clauses: their terms must be kept too
    }
  }
}
