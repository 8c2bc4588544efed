package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

/** Tagging's in-memory index keeps only the tokens a topic query can match, at their positions. */
class TopicTermsTests {

  static final Analyzer ANALYZER = Ranking.DEFAULT.analyzer();
  static final String TEXT = "Your anniversary date moves when renewing a billing account";

  static List<String> tokens(TopicTerms terms, String field, String text) throws IOException {
    List<String> kept = new ArrayList<>();
    int position = -1;
    try (TokenStream stream = terms.keepingOnly(ANALYZER).tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        position += increment.getPositionIncrement();
        kept.add(term + "@" + position);
      }
      stream.end();
    }
    return kept;
  }

  static TopicTerms of(String... topicQueries) {
    UserQueryParser parser =
        SearchCatalog.of(SearchFixture.partnerCatalog(), Ranking.DEFAULT).parser();
    List<Query> queries = new ArrayList<>();
    for (String text : topicQueries) {
      queries.add(TopicMatch.of(parser.parse(text).query()));
    }
    return TopicTerms.of(queries);
  }

  @Test
  void keepsPhraseWordsAtTheirOwnPositions() throws IOException {
    assertThat(tokens(of("\"anniversary date\""), IndexFields.BODY, TEXT))
        .containsExactly("anniversari@1", "date@2");
  }

  @Test
  void keepsNegatedWordsAndEveryWordAPrefixCouldExpandTo() throws IOException {
    assertThat(tokens(of("renew* -billing"), IndexFields.BODY, TEXT))
        .containsExactly("renew@5", "bill@7");
  }

  @Test
  void keepsEveryTokenWhenAQueryCannotListItsTerms() throws IOException {
    TopicTerms terms = TopicTerms.of(List.of(new Opaque()));

    assertThat(tokens(terms, IndexFields.BODY, "a billing account")).hasSize(3);
  }

  /** A query that does not list its terms (as a custom query may not). */
  static final class Opaque extends Query {
    @Override
    public void visit(QueryVisitor visitor) {
      visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
      return "opaque";
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Opaque;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }
}
