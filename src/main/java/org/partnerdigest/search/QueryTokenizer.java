package org.partnerdigest.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnerdigest.search.QueryToken.Kind;

/**
 * Splits the user syntax into tokens in one pass, without recursion and without ever failing: an
 * unbalanced quote runs to the end, stray operators are dropped, unknown {@code field:} prefixes
 * stay part of the word.
 */
final class QueryTokenizer {

  static final Set<String> FIELDS = Set.of("feed", "group", "topic", "author", "tag");

  private QueryTokenizer() {}

  /**
   * @throws InvalidQueryException when the query has more than {@link QueryLimits#MAX_TERMS} terms
   */
  static List<QueryToken> tokenize(String q) {
    List<QueryToken> tokens = new ArrayList<>();
    int terms = 0;
    boolean negate = false;
    int i = 0;
    int n = q.length();
    while (i < n) {
      char c = q.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '(') {
        tokens.add(new QueryToken(Kind.OPEN, "(", null, negate));
        negate = false;
        i++;
      } else if (c == ')') {
        tokens.add(new QueryToken(Kind.CLOSE, ")", null, false));
        negate = false;
        i++;
      } else if ((c == '-' || c == '!') && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
        negate = true;
        i++;
      } else if (c == '+') {
        i++;
      } else if (c == '"') {
        int end = q.indexOf('"', i + 1);
        int stop = end < 0 ? n : end;
        tokens.add(new QueryToken(Kind.PHRASE, q.substring(i + 1, stop), null, negate));
        terms += countWords(q, i + 1, stop);
        negate = false;
        i = end < 0 ? n : end + 1;
      } else {
        int end = i;
        while (end < n
            && !Character.isWhitespace(q.charAt(end))
            && "()\"".indexOf(q.charAt(end)) < 0) {
          end++;
        }
        String word = q.substring(i, end);
        i = end;
        terms++;
        if (word.equals("OR") || word.equals("|") || word.equals("||")) {
          tokens.add(new QueryToken(Kind.OR, word, null, false));
          negate = false;
          continue;
        }
        if (word.equals("NOT")) {
          negate = true;
          continue;
        }
        if (word.equals("AND") || word.equals("&&")) {
          continue;
        }
        int colon = word.indexOf(':');
        String field = colon > 0 ? word.substring(0, colon).toLowerCase(Locale.ROOT) : null;
        if (field != null && FIELDS.contains(field)) {
          String value = word.substring(colon + 1);
          if (value.isEmpty() && i < n && q.charAt(i) == '"') {
            int close = q.indexOf('"', i + 1);
            int stop = close < 0 ? n : close;
            value = q.substring(i + 1, stop);
            i = close < 0 ? n : close + 1;
          }
          if (!value.isBlank()) {
            tokens.add(new QueryToken(Kind.WORD, value, field, negate));
          }
        } else {
          tokens.add(new QueryToken(Kind.WORD, word, null, negate));
        }
        negate = false;
      }
      if (terms > QueryLimits.MAX_TERMS) {
        throw new InvalidQueryException(
            "query has more than "
                + QueryLimits.MAX_TERMS
                + " terms; the limit is "
                + QueryLimits.MAX_TERMS);
      }
    }
    return tokens;
  }

  private static int countWords(String q, int from, int to) {
    int count = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      boolean space = Character.isWhitespace(q.charAt(i));
      if (!space && !inWord) {
        count++;
      }
      inWord = !space;
    }
    return count;
  }
}
