package org.partnerdigest.search;

/**
 * One piece of the user's query syntax.
 *
 * @param field the filter field for {@code field:value}, otherwise {@code null}
 * @param negated preceded by {@code -} or {@code NOT}
 */
record QueryToken(Kind kind, String text, String field, boolean negated) {

  enum Kind {
    WORD,
    PHRASE,
    OPEN,
    CLOSE,
    OR
  }

  boolean isPlainWord() {
    return kind == Kind.WORD && field == null && !negated && !isPrefix();
  }

  boolean isPrefix() {
    return kind == Kind.WORD && text.endsWith("*");
  }
}
