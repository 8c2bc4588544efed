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
    return text.replaceAll("[\\s\\u00A0\\u2007\\u202F\\u200B]+", " ").strip();
  }
}
