package org.partnerdigest.search;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": replaces each plain word the index does not know with the closest word it does
 * know (Lucene's {@link DirectSpellChecker} over the unstemmed spelling field).
 */
final class SpellingSuggester {

  private static final Pattern LETTERS = Pattern.compile("\\p{L}{3,}");

  private final DirectSpellChecker checker = new DirectSpellChecker();

  /** The corrected query, or {@code null} when no word looks misspelled. */
  String suggest(IndexReader reader, String q, List<String> words) throws IOException {
    String corrected = q;
    boolean changed = false;
    int lookups = 0;
    for (String word : words) {
      if (!LETTERS.matcher(word).matches()
          || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
          || reader.docFreq(new Term(IndexFields.SPELL, word)) > 0) {
        continue;
      }
      if (++lookups > QueryLimits.MAX_SUGGESTED_WORDS) {
        break; // a thousand unknown words would be a thousand fuzzy walks of the dictionary
      }
      SuggestWord[] best =
          checker.suggestSimilar(
              new Term(IndexFields.SPELL, word), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      if (best.length > 0) {
        Pattern typed =
            Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        corrected = typed.matcher(corrected).replaceAll(Matcher.quoteReplacement(best[0].string));
        changed = true;
      }
    }
    return changed
        ? corrected.toLowerCase(Locale.ROOT).equals(q.toLowerCase(Locale.ROOT)) ? null : corrected
        : null;
  }
}
