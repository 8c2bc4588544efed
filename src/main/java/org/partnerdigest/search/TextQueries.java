package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.BODY;
import static org.partnerdigest.search.IndexFields.SUMMARY;
import static org.partnerdigest.search.IndexFields.TITLE;

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
import org.apache.lucene.search.TermQuery;

/** Builds the Lucene queries for words, phrases and prefixes over the weighted text fields. */
final class TextQueries {

  private static final float BODY_WEIGHT = 1f;

  private final Analyzer analyzer;
  private final Ranking ranking;

  TextQueries(Analyzer analyzer, Ranking ranking) {
    this.analyzer = analyzer;
    this.ranking = ranking;
  }

  Ranking ranking() {
    return ranking;
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

  /**
   * One analyzed term over title, summary and body: BM25F (one combined field) or, when the ranking
   * says so, the weighted sum of the three fields' own BM25 scores.
   */
  Query term(String token) {
    if (!ranking.combinedFields()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String field : List.of(TITLE, SUMMARY, BODY)) {
        any.add(new BoostQuery(new TermQuery(new Term(field, token)), weight(field)), Occur.SHOULD);
      }
      return any.build();
    }
    return new CombinedFieldQuery.Builder(token)
        .addField(TITLE, ranking.titleWeight())
        .addField(SUMMARY, ranking.summaryWeight())
        .addField(BODY, BODY_WEIGHT)
        .build();
  }

  private float weight(String field) {
    return switch (field) {
      case TITLE -> ranking.titleWeight();
      case SUMMARY -> ranking.summaryWeight();
      default -> BODY_WEIGHT;
    };
  }

  /**
   * Rewards neighbouring content words of a query standing within {@link Ranking#PROXIMITY_SLOP}
   * words of each other in the body (an optional clause: it never decides what matches); {@code
   * null} when the ranking has no proximity or there is no pair.
   */
  Query proximity(List<String> tokens) {
    if (ranking.proximityWeight() <= 0 || tokens.size() < 2) {
      return null;
    }
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 1; i < tokens.size(); i++) {
      if (!tokens.get(i - 1).equals(tokens.get(i))) {
        pairs.add(
            new PhraseQuery(Ranking.PROXIMITY_SLOP, BODY, tokens.get(i - 1), tokens.get(i)),
            Occur.SHOULD);
      }
    }
    return new BoostQuery(pairs.build(), ranking.proximityWeight());
  }

  /**
   * Extra weight for posts holding every content word of a short query (optional, scored as the
   * words themselves times the ranking's weight); {@code null} when off or out of range.
   */
  Query allWords(List<String> tokens) {
    long distinct = tokens.stream().distinct().count();
    if (ranking.allWordsWeight() <= 0 || distinct < 2 || distinct > Ranking.ALL_WORDS_MAX) {
      return null;
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    tokens.stream().distinct().forEach(t -> all.add(term(t), Occur.MUST));
    return new BoostQuery(all.build(), ranking.allWordsWeight());
  }

  /** Analyzed tokens as a phrase in any text field, the best field counting most. */
  Query phrase(List<String> tokens) {
    if (tokens.size() == 1) {
      return term(tokens.getFirst());
    }
    List<Query> perField = new ArrayList<>();
    perField.add(
        new BoostQuery(
            new PhraseQuery(TITLE, tokens.toArray(String[]::new)), ranking.titleWeight()));
    perField.add(
        new BoostQuery(
            new PhraseQuery(SUMMARY, tokens.toArray(String[]::new)), ranking.summaryWeight()));
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
      any.add(new BoostQuery(query, weight(field)), Occur.SHOULD);
    }
    return any.build();
  }
}
