package org.partnerdigest.web;

/**
 * Text as XML 1.0 can carry it: drops the characters no XML 1.0 document may hold (C0 controls
 * other than tab, line feed and carriage return; lone surrogates; U+FFFE and U+FFFF) and the C1
 * controls and DEL, which XML allows but which are never meant as text. Search parameters pass
 * through it as they become a query, and the Atom and OPML writers pass every field through it as a
 * last line of defence, so no stored or typed character can make an output fail (issue 7, defect
 * 5).
 */
final class XmlText {

  private XmlText() {}

  /** {@code text} without the characters above; {@code null} stays {@code null}. */
  static String of(String text) {
    if (text == null || allKept(text)) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(XmlText::keeps).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean allKept(String text) {
    return text.codePoints().allMatch(XmlText::keeps);
  }

  private static boolean keeps(int c) {
    return c == '\t'
        || c == '\n'
        || c == '\r'
        || (c >= 0x20 && c < 0x7f)
        || (c >= 0xa0 && c <= 0xd7ff)
        || (c >= 0xe000 && c <= 0xfffd)
        || (c >= 0x10000 && c <= 0x10ffff);
  }
}
