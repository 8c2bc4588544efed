package org.partnerdigest.catalog;

import java.util.ArrayDeque;
import java.util.Optional;

/**
 * A first sanity check of a topic query: balanced double quotes and parentheses. The search engine
 * parses the query fully later; this catches the common slips early, with a position.
 */
final class QuerySyntax {

  /** A problem at a 0-based character offset within the query. */
  record Slip(int offset, String message) {}

  private QuerySyntax() {}

  static Optional<Slip> check(String query) {
    var open = new ArrayDeque<Integer>();
    int quote = -1;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++; // an escaped character never opens or closes anything
      } else if (c == '"') {
        quote = quote < 0 ? i : -1;
      } else if (quote < 0 && c == '(') {
        open.push(i);
      } else if (quote < 0 && c == ')') {
        if (open.isEmpty()) {
          return Optional.of(new Slip(i, "')' without a matching '('"));
        }
        open.pop();
      }
    }
    if (quote >= 0) {
      return Optional.of(new Slip(quote, "unclosed '\"': a phrase needs a closing quote"));
    }
    if (!open.isEmpty()) {
      return Optional.of(new Slip(open.peek(), "'(' is never closed"));
    }
    return Optional.empty();
  }
}
