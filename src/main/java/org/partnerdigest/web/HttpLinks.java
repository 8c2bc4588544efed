package org.partnerdigest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one check every link that the pages, the JSON API and the Atom/OPML outputs take from stored
 * data passes: only an absolute {@code http:} or {@code https:} URL leaves as a link; anything else
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}, relative or unparseable)
 * is shown without a link or left out. The content module stores only http(s) links as well; this
 * is the second line, so that a link stored before that rule (or past a future bug) never runs as
 * script in a reader's browser (issue 7, defect 1).
 */
final class HttpLinks {

  private HttpLinks() {}

  /** {@code link} when it is an absolute http(s) URL, otherwise {@code null}. */
  static String only(String link) {
    if (link == null || link.isEmpty() || hasSpaceOrControl(link)) {
      return null;
    }
    try {
      URI uri = new URI(link);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && !uri.isOpaque() && uri.getRawAuthority() != null ? link : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  /**
   * Browsers strip leading spaces and controls and drop tabs and newlines anywhere before they read
   * the scheme ({@code "java\tscript:"} runs), so a link holding any of them is refused whole.
   */
  private static boolean hasSpaceOrControl(String link) {
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      if (c <= 0x20 || (c >= 0x7f && c <= 0x9f)) {
        return true;
      }
    }
    return false;
  }
}
