package org.partnerdigest.content;

import java.net.URI;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a document's HTTP response headers say about its base URI and its language. */
final class HttpHeaders {

  /** A language tag as RFC 5646 shapes it (letters, digits and hyphens), loosely. */
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*");

  private HttpHeaders() {}

  /**
   * The document's base URI: its {@code Content-Location}, resolved against the URL it was fetched
   * from, when that is an http(s) URL (RFC 2616, 14.14, and feedparser's documented rule; RFC 9110
   * dropped it, but feeds that send it mean it); else the URL itself.
   */
  static URI base(URI location, String contentLocation) {
    if (contentLocation == null || contentLocation.isBlank()) {
      return location;
    }
    URI base = Links.base(location, contentLocation);
    if (base == null || !base.isAbsolute() || base.getHost() == null) {
      return location;
    }
    String scheme = base.getScheme().toLowerCase(Locale.ROOT);
    return scheme.equals("http") || scheme.equals("https") ? base : location;
  }

  /**
   * The first language of a {@code Content-Language} header (RFC 9110, 8.5: a comma-separated list
   * of tags), or null when there is none that looks like a language tag.
   */
  static String language(String contentLanguage) {
    if (contentLanguage == null) {
      return null;
    }
    String first = contentLanguage.split(",", 2)[0].strip();
    return LANGUAGE_TAG.matcher(first).matches() ? first : null;
  }
}
