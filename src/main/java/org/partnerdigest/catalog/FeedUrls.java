package org.partnerdigest.catalog;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * When two feed URLs are the same feed: scheme and host compared without case, an empty path taken
 * as {@code /}. The one definition, for the validator's duplicate check and for editors adding
 * feeds (try a URL, OPML import).
 */
public final class FeedUrls {

  private FeedUrls() {}

  /** The form duplicates are compared in; the text itself when it is not an http(s) URL. */
  public static String normalized(String url) {
    try {
      return normalized(new URI(url.strip()));
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  static String normalized(URI uri) {
    var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (uri.getRawAuthority() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return uri.toString();
    }
    var path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return scheme
        + "://"
        + uri.getRawAuthority().toLowerCase(Locale.ROOT)
        + path
        + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }
}
