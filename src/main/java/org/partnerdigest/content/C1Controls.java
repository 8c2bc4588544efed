package org.partnerdigest.content;

import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * C1 control characters (U+0080 to U+009F) in feed text. Nobody means them: they are windows-1252
 * punctuation (curly quotes, dashes, the euro sign) that went through a Latin-1 decoder or a
 * numeric reference such as {@code &#146;}. They are mapped to what windows-1252 means by them, as
 * the HTML parser maps such references (WHATWG HTML, "numeric character reference end state").
 */
final class C1Controls {

  /** windows-1252 for 0x80..0x9F; 0 where it leaves the byte undefined (kept as it is). */
  private static final String WINDOWS_1252 =
      "\u20AC\u0000\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u0000\u017D"
          + "\u0000\u0000\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153"
          + "\u0000\u017E\u0178";

  private C1Controls() {}

  static String replace(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && c <= 0x9F && WINDOWS_1252.charAt(c - 0x80) != 0) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, WINDOWS_1252.charAt(c - 0x80));
      }
    }
    return out == null ? text : out.toString();
  }

  /** Replaces them in every text node under {@code root}, without recursion. */
  static void replaceIn(Node root) {
    Node n = root;
    while (n != null) {
      if (n instanceof Text text) {
        String data = text.getData();
        String replaced = replace(data);
        if (!replaced.equals(data)) {
          text.setData(replaced);
        }
      }
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        continue;
      }
      while (n != null && n != root && n.getNextSibling() == null) {
        n = n.getParentNode();
      }
      n = n == null || n == root ? null : n.getNextSibling();
    }
  }
}
