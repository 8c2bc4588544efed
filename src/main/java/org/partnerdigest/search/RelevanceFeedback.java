package org.partnerdigest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Pseudo-relevance feedback in the manner of RM3: the best hits of a long query are taken as
 * relevant, the words most likely in them (each hit weighted by its score) form a feedback model,
 * and its top words join the query as optional clauses, weighted so that the feedback model counts
 * {@code 1 − originalWeight} against {@code originalWeight} for the user's own words. The user's
 * query still decides what matches; feedback only reorders. Short queries are left alone ({@link
 * Ranking.Feedback#minWords}).
 */
final class RelevanceFeedback {

  /** How much of each hit's text is read (its title, then the start of its body). */
  static final int MAX_CHARS_READ = 20_000;

  private final Ranking.Feedback settings;
  private final TextQueries text;
  private final Analyzer content;

  RelevanceFeedback(Ranking ranking, TextQueries text) {
    this.settings = ranking.feedback();
    this.text = text;
    this.content =
        EntryAnalyzer.withoutStopWords(ranking.stemmer(), new ContentWords(ranking).stopSet());
  }

  /**
   * {@code text} with the feedback words as optional clauses, or {@code text} itself when the query
   * is too short or found nothing.
   *
   * @param firstPass the query as it will run (filters and boosts included), to find the hits
   */
  Query expand(IndexSearcher searcher, ParsedQuery parsed, Query text, Query firstPass)
      throws IOException {
    int queryWords = new HashSet<>(parsed.terms()).size();
    if (!settings.appliesTo(queryWords)) {
      return text;
    }
    ScoreDoc[] hits = searcher.search(firstPass, settings.docs()).scoreDocs;
    double total = 0;
    for (ScoreDoc hit : hits) {
      total += hit.score;
    }
    if (hits.length == 0 || total <= 0) {
      return text;
    }
    Map<String, Double> model = new HashMap<>();
    for (ScoreDoc hit : hits) {
      Document doc = searcher.storedFields().document(hit.doc);
      String read = nonNull(doc.get(IndexFields.TITLE)) + "\n" + nonNull(doc.get(IndexFields.BODY));
      Map<String, Integer> counts =
          counts(read.substring(0, Math.min(read.length(), MAX_CHARS_READ)));
      double length = counts.values().stream().mapToInt(Integer::intValue).sum();
      double weight = hit.score / total;
      counts.forEach((term, n) -> model.merge(term, weight * n / length, Double::sum));
    }
    List<Map.Entry<String, Double>> top =
        model.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
            .limit(settings.terms())
            .toList();
    double mass = top.stream().mapToDouble(Map.Entry::getValue).sum();
    // the user's words weigh 1 each: scaled so, the feedback model weighs (1 − λ) / λ as much
    double scale =
        (1 - settings.originalWeight()) / settings.originalWeight() * parsed.terms().size();
    BooleanQuery.Builder feedback = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> term : top) {
      float boost = (float) (scale * term.getValue() / mass);
      feedback.add(new BoostQuery(this.text.term(term.getKey()), boost), Occur.SHOULD);
    }
    return new BooleanQuery.Builder()
        .add(text, Occur.MUST)
        .add(feedback.build(), Occur.SHOULD)
        .build();
  }

  private Map<String, Integer> counts(String read) {
    Map<String, Integer> counts = new HashMap<>();
    try (TokenStream stream = content.tokenStream(IndexFields.BODY, read)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String t = term.toString();
        if (t.length() > 1 && t.length() <= 30 && !t.chars().allMatch(Character::isDigit)) {
          counts.merge(t, 1, Integer::sum);
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
