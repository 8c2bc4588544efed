package org.partnerdigest.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML whose only tags are {@code <mark>}: every other character of
 * the text is escaped, so markup inside an entry's text can never reach the page.
 */
final class MarkFormatter extends PassageFormatter {

  static final String ELLIPSIS = "…";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder html = new StringBuilder();
    int previousEnd = 0;
    for (Passage passage : passages) {
      if (passage.getStartOffset() > previousEnd
          || (html.isEmpty() && passage.getStartOffset() > 0)) {
        html.append(html.isEmpty() ? "" : " ").append(ELLIPSIS).append(' ');
      }
      int pos = passage.getStartOffset();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(passage.getMatchStarts()[i], pos);
        int end = passage.getMatchEnds()[i];
        if (end <= start) {
          continue;
        }
        escape(content, pos, start, html);
        html.append("<mark>");
        escape(content, start, end, html);
        html.append("</mark>");
        pos = end;
      }
      escape(content, pos, passage.getEndOffset(), html);
      previousEnd = passage.getEndOffset();
    }
    if (previousEnd < content.length() && !html.isEmpty()) {
      html.append(' ').append(ELLIPSIS);
    }
    return html.toString().strip();
  }

  static String escape(String text) {
    StringBuilder html = new StringBuilder();
    escape(text, 0, text.length(), html);
    return html.toString();
  }

  private static void escape(String text, int from, int to, StringBuilder html) {
    for (int i = from; i < Math.min(to, text.length()); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '&' -> html.append("&amp;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
  }
}
