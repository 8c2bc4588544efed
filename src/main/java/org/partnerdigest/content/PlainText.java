package org.partnerdigest.content;

import org.jsoup.nodes.Element;

/** Text of parsed HTML with blocks separated by spaces and all whitespace folded. */
final class PlainText {

  private PlainText() {}

  /**
   * Jsoup's {@link Element#text()} already puts a space between block elements and at {@code br}
   * (so {@code <p>a</p><p>b</p>} reads "a b", not "ab"); folding handles the rest.
   */
  static String of(Element root) {
    return fold(root.text());
  }

  /** Every run of whitespace (including no-break spaces) becomes one space; ends are trimmed. */
  static String fold(String text) {
    // a loop, not a regular expression: this runs on every entry's whole text
    StringBuilder out = new StringBuilder(text.length());
    boolean inSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isFolded(c)) {
        if (!inSpace) {
          out.append(' ');
        }
        inSpace = true;
      } else {
        out.append(c);
        inSpace = false;
      }
    }
    return out.toString().strip();
  }

  /** The characters of {@code [\\s\\u00A0\\u2007\\u202F\\u200B]}. */
  private static boolean isFolded(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F', '\u200B' -> true;
      default -> false;
    };
  }
}
