package org.partnerdigest.content;

import java.net.URI;

/**
 * Cleans untrusted HTML with one Jsoup allowlist built once (thread-safe): resolves relative URLs,
 * drops active content, tracking pixels and tracking parameters. Also derives plain text.
 */
public final class HtmlSanitizer {

  /** Sanitized HTML with absolute URLs resolved against {@code base}; idempotent. */
  public String clean(String html, URI base) {
    throw new UnsupportedOperationException("not built yet");
  }

  /** A title or other text field as plain text: entities decoded, tags removed, spaces folded. */
  public String plainTitle(String raw) {
    throw new UnsupportedOperationException("not built yet");
  }

  /** Plain text of (already sanitized) HTML, for indexing. */
  public String plainText(String html) {
    throw new UnsupportedOperationException("not built yet");
  }

  /** At most {@code max} characters of {@code text}, cut at a word boundary, with an ellipsis. */
  public static String excerpt(String text, int max) {
    throw new UnsupportedOperationException("not built yet");
  }
}
