package org.partnerdigest.content;

/**
 * The characters XML 1.0 can carry (<a href="https://www.w3.org/TR/xml/#charsets">XML 1.0
 * §2.2</a>): tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and U+10000–U+10FFFF.
 * Everything a feed gives us is held to it, because every stored field ends up in an Atom document
 * some day, and one ESC byte there makes the whole response fail.
 */
final class XmlCharacters {

  private XmlCharacters() {}

  static boolean isLegal(int codePoint) {
    return codePoint == 0x9
        || codePoint == 0xA
        || codePoint == 0xD
        || (codePoint >= 0x20 && codePoint <= 0xD7FF)
        || (codePoint >= 0xE000 && codePoint <= 0xFFFD)
        || (codePoint >= 0x10000 && codePoint <= 0x10FFFF);
  }

  /**
   * {@code text} without the characters XML 1.0 cannot carry: C0 controls other than tab, line feed
   * and carriage return, U+FFFE, U+FFFF and unpaired surrogates. Returns the same instance when
   * there is nothing to strip (the common case costs one scan and no copy).
   */
  static String strip(String text) {
    if (text == null) {
      return null;
    }
    int first = firstIllegal(text, 0);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    out.append(text, 0, first);
    int i = first;
    while (i < text.length()) {
      int length = legalLength(text, i);
      if (length > 0) {
        out.append(text, i, i + length);
        i += length;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  private static int firstIllegal(String text, int from) {
    int i = from;
    while (i < text.length()) {
      int length = legalLength(text, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return -1;
  }

  /** 1 or 2 (a surrogate pair) when the character at {@code i} is legal, 0 when it is not. */
  private static int legalLength(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      boolean paired = i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
      return paired ? 2 : 0;
    }
    if (Character.isLowSurrogate(c)) {
      return 0;
    }
    return isLegal(c) ? 1 : 0;
  }
}
