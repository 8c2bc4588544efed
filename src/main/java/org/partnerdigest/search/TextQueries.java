package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.BODY;
import static org.partnerdigest.search.IndexFields.BODY_WEIGHT;
import static org.partnerdigest.search.IndexFields.SUMMARY;
import static org.partnerdigest.search.IndexFields.SUMMARY_WEIGHT;
import static org.partnerdigest.search.IndexFields.TITLE;
import static org.partnerdigest.search.IndexFields.TITLE_WEIGHT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CombinedFieldQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/** Builds the Lucene queries for words, phrases and prefixes over the weighted text fields. */
final class TextQueries {

  /** How many index terms a {@code prefix*} may expand to (the most frequent win). */
  static final int MAX_PREFIX_EXPANSIONS = 64;

  static final int MIN_PREFIX_CHARS = 2;

  private final Analyzer analyzer;

  TextQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The analyzed tokens of {@code text} (lower-cased, folded, stemmed). */
  List<String> analyze(String field, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  /** One analyzed term scored as BM25F over title, summary and body. */
  Query term(String token) {
    return new CombinedFieldQuery.Builder(token)
        .addField(TITLE, TITLE_WEIGHT)
        .addField(SUMMARY, SUMMARY_WEIGHT)
        .addField(BODY, BODY_WEIGHT)
        .build();
  }

  /** Analyzed tokens as a phrase in any text field, the best field counting most. */
  Query phrase(List<String> tokens) {
    if (tokens.size() == 1) {
      return term(tokens.getFirst());
    }
    List<Query> perField = new ArrayList<>();
    perField.add(
        new BoostQuery(new PhraseQuery(TITLE, tokens.toArray(String[]::new)), TITLE_WEIGHT));
    perField.add(
        new BoostQuery(new PhraseQuery(SUMMARY, tokens.toArray(String[]::new)), SUMMARY_WEIGHT));
    perField.add(new PhraseQuery(BODY, tokens.toArray(String[]::new)));
    return new DisjunctionMaxQuery(perField, 0.1f);
  }

  /** A bounded prefix expansion over the text fields; {@code null} if the prefix is too short. */
  Query prefix(String raw) {
    String stem = raw.replaceAll("\\*+$", "");
    List<String> normalized = new ArrayList<>();
    String norm = analyzer.normalize(BODY, stem).utf8ToString().trim();
    if (norm.length() < MIN_PREFIX_CHARS || !norm.chars().allMatch(Character::isLetterOrDigit)) {
      return null;
    }
    normalized.add(norm);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : List.of(TITLE, SUMMARY, BODY)) {
      PrefixQuery query =
          new PrefixQuery(
              new Term(field, normalized.getFirst()),
              new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(MAX_PREFIX_EXPANSIONS));
      float weight =
          field.equals(TITLE) ? TITLE_WEIGHT : field.equals(SUMMARY) ? SUMMARY_WEIGHT : BODY_WEIGHT;
      any.add(new BoostQuery(query, weight), Occur.SHOULD);
    }
    return any.build();
  }
}
