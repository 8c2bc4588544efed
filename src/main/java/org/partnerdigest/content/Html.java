package org.partnerdigest.content;

/** Escaping plain text into HTML. */
final class Html {

  private Html() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Plain text as HTML paragraphs: blank lines separate paragraphs, newlines become breaks. */
  static String paragraphs(String text) {
    StringBuilder out = new StringBuilder();
    for (String para : text.strip().split("\\R\\s*\\R")) {
      if (!para.isBlank()) {
        out.append("<p>").append(escape(para.strip()).replaceAll("\\R", "<br>")).append("</p>");
      }
    }
    return out.toString();
  }
}
