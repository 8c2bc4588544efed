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

  /**
   * What {@code raw} (a word ending in {@code *}) expands from, normalized; {@code null} when it is
   * not a prefix: too short, or holding anything but letters and digits, such as a leading {@code
   * *} (a word is then searched as plain text).
   */
  String prefixStem(String raw) {
    String stem = raw.replaceAll("\\*+$", "");
    String norm = analyzer.normalize(BODY, stem).utf8ToString().trim();
    if (norm.length() < QueryLimits.MIN_PREFIX_CHARS
        || !norm.chars().allMatch(Character::isLetterOrDigit)) {
      return null;
    }
    return norm;
  }

  /**
   * A prefix expansion over the text fields to the {@code expansions} most frequent index terms
   * (per field); {@code null} if {@code raw} is not a prefix (see {@link #prefixStem}).
   */
  Query prefix(String raw, int expansions) {
    String stem = prefixStem(raw);
    if (stem == null) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String field : List.of(TITLE, SUMMARY, BODY)) {
      PrefixQuery query =
          new PrefixQuery(
              new Term(field, stem),
              new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(expansions));
      float weight =
          field.equals(TITLE) ? TITLE_WEIGHT : field.equals(SUMMARY) ? SUMMARY_WEIGHT : BODY_WEIGHT;
      any.add(new BoostQuery(query, weight), Occur.SHOULD);
    }
    return any.build();
  }
}
