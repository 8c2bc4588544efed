package org.partnerdigest.content;

import java.text.BreakIterator;

/** A short, word-aligned prefix of plain text for display and result lists. */
final class Excerpt {

  private static final String ELLIPSIS = "…";

  private Excerpt() {}

  static String of(String text, int max) {
    if (max < 1) {
      throw new IllegalArgumentException("excerpt length must be at least 1, was " + max);
    }
    if (text == null) {
      return "";
    }
    String stripped = text.strip();
    if (stripped.length() <= max) {
      return stripped;
    }
    int limit = max - ELLIPSIS.length();
    int end = wordEnd(stripped, limit);
    if (end <= 0) {
      end = graphemeEnd(stripped, limit);
    }
    // "word,…" reads as a typo; the ellipsis replaces a dangling separator.
    String cut = stripped.substring(0, end).stripTrailing().replaceFirst("[,;:\\-–—]+$", "");
    return (cut.isEmpty() ? stripped.substring(0, end) : cut) + ELLIPSIS;
  }

  /** End of the last whole word that fits in {@code limit} characters, or 0 if none does. */
  private static int wordEnd(String text, int limit) {
    if (limit <= 0) {
      return 0;
    }
    if (Character.isWhitespace(text.charAt(limit))) {
      return limit;
    }
    for (int i = limit - 1; i > 0; i--) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return 0;
  }

  /** The last grapheme cluster boundary at or before {@code limit}: never splits a character. */
  private static int graphemeEnd(String text, int limit) {
    if (limit <= 0) {
      return 0;
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    return graphemes.isBoundary(limit) ? limit : Math.max(0, graphemes.preceding(limit));
  }
}
