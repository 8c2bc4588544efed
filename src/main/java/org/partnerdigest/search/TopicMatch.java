package org.partnerdigest.search;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * A topic query as a yes/no test over a batch of documents. A search lets each {@code prefix*}
 * expand to the most frequent matching terms only; against one document that always included at
 * least one of its terms, so a document matched as soon as it had any. Over a batch the most
 * frequent terms would be the batch's, so here a prefix expands to all its terms, which keeps each
 * document's answer what it was alone.
 */
final class TopicMatch {

  private TopicMatch() {}

  static Query of(Query query) {
    return switch (query) {
      case PrefixQuery prefix ->
          new PrefixQuery(prefix.getPrefix(), MultiTermQuery.CONSTANT_SCORE_BLENDED_REWRITE);
      case BoostQuery boost -> new BoostQuery(of(boost.getQuery()), boost.getBoost());
      case ConstantScoreQuery constant -> new ConstantScoreQuery(of(constant.getQuery()));
      case DisjunctionMaxQuery max ->
          new DisjunctionMaxQuery(
              max.getDisjuncts().stream().map(TopicMatch::of).toList(),
              max.getTieBreakerMultiplier());
      case BooleanQuery bool -> {
        BooleanQuery.Builder builder =
            new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        for (BooleanClause clause : bool.clauses()) {
          builder.add(of(clause.query()), clause.occur());
        }
        yield builder.build();
      }
      default -> query;
    };
  }
}
