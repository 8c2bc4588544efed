package org.partnerdigest.content;

import java.net.URI;
import java.net.URISyntaxException;

/** Resolving possibly-relative, possibly-malformed links from feeds. */
final class Links {

  private Links() {}

  /** {@code link} made absolute against {@code base}; unparseable links are returned as given. */
  static String absolute(String link, URI base) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String trimmed = link.strip();
    try {
      URI uri = new URI(trimmed);
      if (uri.isAbsolute() || base == null) {
        return trimmed;
      }
      return resolve(base, uri).toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return trimmed;
    }
  }

  /** {@code base} resolved against an optional xml:base-like value; never throws. */
  static URI base(URI outer, String relative) {
    if (relative == null || relative.isBlank()) {
      return outer;
    }
    try {
      URI uri = new URI(relative.strip());
      return outer == null || uri.isAbsolute() ? uri : resolve(outer, uri);
    } catch (URISyntaxException | IllegalArgumentException e) {
      return outer;
    }
  }

  private static URI resolve(URI base, URI relative) {
    if (base.isOpaque()) {
      return relative;
    }
    // URI.resolve mishandles an empty path on a base like http://host (no trailing slash).
    if (base.getRawPath() == null || base.getRawPath().isEmpty()) {
      base = base.resolve("/");
    }
    return base.resolve(relative);
  }
}
