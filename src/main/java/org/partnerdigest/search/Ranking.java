package org.partnerdigest.search;

import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.search.Query;

/**
 * How search ranks: every ingredient of the ranking in one record, read by the analyzer, the query
 * builder and the query runner. The product runs {@link #DEFAULT} for every collection and every
 * feed; the other values exist so that the ablation ({@code RankingAblation}, docs/search.md) can
 * switch one ingredient off at a time and measure what it contributes.
 *
 * @param titleWeight how many body words one title word counts as
 * @param summaryWeight how many body words one summary word counts as
 * @param combinedFields BM25F (one combined field, {@code CombinedFieldQuery}); false scores each
 *     field on its own and adds them up
 * @param allWordsWeight extra weight, relative to the words themselves, for posts holding every
 *     word of a short query (2 to {@link #ALL_WORDS_MAX} words); 0 is off
 * @param synonyms whether the catalog's synonyms expand queries
 * @param officialBoost relevance factor for sources of an official-tier group; 1 is off
 * @param recencyMax the recency factor for a post published now is {@code 1 + recencyMax}; 0 is off
 * @param stopWords where common English words are left out
 * @param stemmer how words are reduced to their stem, at index and query time alike
 * @param proximityWeight weight of an optional clause rewarding neighbouring query words that stand
 *     close together in the body (within {@link #PROXIMITY_SLOP} words); 0 is off
 * @param feedback pseudo-relevance feedback (RM3) for queries of several words
 * @param questionWords whether question and function words ("what", "how", "do", "my") are left out
 *     of plain-word queries
 * @param prose whether a long query is read as prose, a bag of words: quotes and parentheses in it
 *     are punctuation, not syntax
 */
record Ranking(
    float titleWeight,
    float summaryWeight,
    boolean combinedFields,
    float allWordsWeight,
    boolean synonyms,
    float officialBoost,
    double recencyMax,
    StopWords stopWords,
    Stemmer stemmer,
    float proximityWeight,
    Feedback feedback,
    boolean questionWords,
    boolean prose) {

  Ranking {
    // the boosts multiply scores within known bounds (BoundedBoostQuery): a negative factor
    // would make those bounds lie
    if (officialBoost < 0 || recencyMax < 0) {
      throw new IllegalArgumentException("boost factors cannot be negative");
    }
  }

  /** Short queries get the all-words bonus: up to this many content words. */
  static final int ALL_WORDS_MAX = 4;

  /** Words closer than this count as near each other for the proximity clause. */
  static final int PROXIMITY_SLOP = 8;

  /** A query of at least this many words is prose (see {@code prose}). */
  static final int PROSE_WORDS = 10;

  /** Where stop words (Lucene's English set) are left out. */
  enum StopWords {
    /**
     * Kept in the index so that phrases like "state of the art" match; left out of word queries.
     */
    QUERY,
    /** Removed from the index and the queries (as EnglishAnalyzer does); phrases skip them. */
    INDEX,
    /** Searched like any other word. */
    NONE
  }

  /** The stemmer of the text fields. */
  enum Stemmer {
    PORTER,
    KSTEM,
    NONE
  }

  /**
   * RM3-style pseudo-relevance feedback: the {@code docs} best hits of the query lend their most
   * likely {@code terms} as optional extra words, weighted together as {@code (1 − originalWeight)}
   * of the query against {@code originalWeight} for the user's own words. Only queries of at least
   * {@code minWords} content words are expanded; short queries say precisely what they mean.
   */
  record Feedback(int docs, int terms, float originalWeight, int minWords) {
    static final Feedback OFF = new Feedback(0, 0, 1f, Integer.MAX_VALUE);

    boolean appliesTo(int contentWords) {
      return docs > 0 && terms > 0 && contentWords >= minWords;
    }
  }

  static final Ranking DEFAULT =
      new Ranking(
          1.25f,
          1.5f,
          true,
          0f,
          true,
          1.10f,
          0.10,
          StopWords.QUERY,
          Stemmer.PORTER,
          0f,
          new Feedback(10, 10, 0.5f, 5),
          true,
          true);

  /**
   * {@code text} scored for relevance order: times {@link #officialBoost} for official sources and
   * times the recency factor as of {@code nowMillis}. Both factors are bounded, so Lucene can still
   * skip matches that cannot reach the top ({@link BoundedBoostQuery}).
   */
  Query boosted(Query text, long nowMillis) {
    Query scored = text;
    if (officialBoost != 1f) {
      scored =
          new BoundedBoostQuery(
              scored, new OfficialBoost(officialBoost), Math.max(1f, officialBoost));
    }
    if (recencyMax > 0) {
      scored =
          new BoundedBoostQuery(scored, new RecencyBoost(nowMillis, recencyMax), 1 + recencyMax);
    }
    return scored;
  }

  /** Part of the index fingerprint: what the index-time ingredients are. */
  String indexVersion() {
    return EntryAnalyzer.VERSION
        + "/"
        + stopWords.name().toLowerCase(Locale.ROOT)
        + "/"
        + stemmer.name().toLowerCase(Locale.ROOT);
  }

  /** The analyzer of the index: stemmed text fields, real words in the spelling field. */
  Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        EntryAnalyzer.of(stemmer, stopWords == StopWords.INDEX),
        Map.of(IndexFields.SPELL, EntryAnalyzer.of(Stemmer.NONE, false)));
  }
}
