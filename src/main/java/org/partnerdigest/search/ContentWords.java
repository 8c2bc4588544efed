package org.partnerdigest.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Which words of a query carry its content. Questions typed in plain language ("Do I lose my
 * benefits when my competency lapses?") are read as a bag of their content words: Lucene's English
 * stop words and, when the ranking asks for it, question and function words are left out, and a
 * long query with sentence punctuation is prose, whose quotes and parentheses are punctuation.
 */
final class ContentWords {

  /** Question, pronoun and auxiliary words that say how something is asked, not what. */
  private static final CharArraySet QUESTION_WORDS =
      new CharArraySet(
          List.of(
              "what", "which", "who", "whom", "whose", "how", "why", "when", "where", "do", "does",
              "did", "doing", "i", "me", "my", "we", "us", "our", "you", "your", "he", "she", "his",
              "her", "its", "them", "can", "could", "would", "should", "may", "might", "must",
              "shall", "has", "have", "had", "am", "been", "being", "were", "any", "some", "about",
              "also", "than", "so", "very", "there", "here", "from", "up", "out", "what's", "get",
              "give", "please", "yes"),
          true);

  private final Ranking ranking;

  ContentWords(Ranking ranking) {
    this.ranking = ranking;
  }

  /** Every word {@link #isStop} leaves out, as a set for a stop filter. */
  CharArraySet stopSet() {
    if (ranking.stopWords() == Ranking.StopWords.NONE) {
      return CharArraySet.EMPTY_SET;
    }
    CharArraySet all = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
    if (ranking.questionWords()) {
      all.addAll(QUESTION_WORDS);
    }
    return CharArraySet.unmodifiableSet(all);
  }

  /** True for a word that says nothing about the subject (the query parser leaves it out). */
  boolean isStop(String word) {
    if (ranking.stopWords() == Ranking.StopWords.NONE) {
      return false;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    return EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)
        || (ranking.questionWords() && QUESTION_WORDS.contains(lower));
  }

  /**
   * The tokens of a query read as prose: quotes and parentheses dropped, quoted words as plain
   * words. Unchanged when the ranking reads no prose or the query is not prose: fewer than {@link
   * Ranking#PROSE_WORDS} words or no sentence punctuation. Negations and field filters keep their
   * meaning either way.
   */
  List<QueryToken> asProse(List<QueryToken> tokens) {
    if (!ranking.prose() || !isProse(tokens)) {
      return tokens;
    }
    List<QueryToken> words = new ArrayList<>();
    for (QueryToken token : tokens) {
      switch (token.kind()) {
        case OPEN, CLOSE -> {}
        case PHRASE -> {
          if (token.negated()) {
            words.add(token);
          } else {
            for (String word : token.text().split("\\s+")) {
              if (!word.isBlank()) {
                words.add(new QueryToken(QueryToken.Kind.WORD, word, null, false));
              }
            }
          }
        }
        default -> words.add(token);
      }
    }
    return words;
  }

  private static boolean isProse(List<QueryToken> tokens) {
    int words = 0;
    boolean sentence = false;
    for (QueryToken token : tokens) {
      if (token.kind() == QueryToken.Kind.WORD || token.kind() == QueryToken.Kind.PHRASE) {
        String text = token.text().strip();
        words += text.isEmpty() ? 0 : text.split("\\s+").length;
        sentence |= text.endsWith("?") || text.endsWith(".") || text.endsWith(",");
      }
    }
    return words >= Ranking.PROSE_WORDS && sentence;
  }
}
