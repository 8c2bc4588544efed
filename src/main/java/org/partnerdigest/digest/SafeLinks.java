package org.partnerdigest.digest;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Entry links come from feeds: only absolute http(s) links with a host are ever linked. */
final class SafeLinks {

  private SafeLinks() {}

  /** The link when it is an absolute http(s) URL, else {@code null}. */
  static String http(String link) {
    if (link == null || link.isBlank() || link.length() > 4096) {
      return null;
    }
    try {
      URI uri = new URI(link.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = scheme.equals("http") || scheme.equals("https");
      return web && uri.getHost() != null ? uri.toASCIIString() : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
