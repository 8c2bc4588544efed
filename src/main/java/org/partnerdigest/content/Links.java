package org.partnerdigest.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content module's one link policy: every link that leaves the module (an entry's or a feed's
 * link, a link or image inside sanitized HTML, a discovered feed) is an absolute {@code http} or
 * {@code https} URL, or it is absent. The only other scheme is {@code mailto}, for links inside a
 * post, where the address is one its author chose to publish. The format readers, {@link
 * FeedFinisher}, the allowlist and the {@code srcset} cleaner all ask this class.
 *
 * <p>A link is read the way a browser reads it, so an obfuscated scheme is recognised: characters
 * XML cannot carry and tabs and line breaks anywhere are removed, surrounding spaces are trimmed
 * ({@code " java\tscript:"} is {@code javascript:}, and refused). Entity forms ({@code
 * &#106;avascript:}) are decoded by the XML or HTML parser before they get here.
 *
 * <p>Relative links resolve against the element's {@code xml:base} chain, else the document's
 * location (RFC 3986 §5.1). When that location is not a web address (a local file, a {@code
 * sample:} document) a relative link stays relative here, and {@link FeedFinisher} resolves it
 * against the channel link or drops it: a link is never {@code file:}.
 */
final class Links {

  /** Schemes of entry, feed, image and quotation links. */
  static final String[] WEB_SCHEMES = {"http", "https"};

  /** Schemes of links ({@code a href}) inside a post. */
  static final String[] CONTENT_LINK_SCHEMES = {"http", "https", "mailto"};

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
  private static final Pattern TABS_AND_BREAKS = Pattern.compile("[\\t\\n\\r]");
  private static final String UNSAFE_IN_URI = "\"<>\\^`{|} ";

  private Links() {}

  /**
   * {@code link} resolved against {@code base}: an absolute http(s) URL when it is one or the base
   * makes it one; a relative reference when the base is not a web address (see the class comment);
   * {@code null} when it is blank, malformed or of any other scheme.
   */
  static String absolute(String link, URI base) {
    URI uri = reference(link);
    if (uri == null) {
      return null;
    }
    if (uri.isAbsolute()) {
      return isWeb(uri) ? uri.toString() : null;
    }
    if (base == null || (base.isAbsolute() && !isWeb(base))) {
      return uri.toString();
    }
    URI resolved = resolve(base, uri);
    return resolved.isAbsolute() && !isWeb(resolved) ? null : resolved.toString();
  }

  /**
   * The base in scope after an {@code xml:base} attribute: {@code value} resolved against {@code
   * outer}. A base of another scheme is ignored; a relative one under a non-web {@code outer} stays
   * relative (a later step may still resolve it). Never throws.
   */
  static URI base(URI outer, String value) {
    URI uri = reference(value);
    if (uri == null) {
      return outer;
    }
    if (uri.isAbsolute()) {
      return isWeb(uri) ? uri : outer;
    }
    if (outer == null || (outer.isAbsolute() && !isWeb(outer))) {
      return uri;
    }
    return resolve(outer, uri);
  }

  /**
   * The last word on a link leaving the module: {@code link} if it is an absolute web URL, else
   * resolved against {@code fallback} (an absolute web URL or {@code null}), else {@code null}.
   */
  static String web(String link, URI fallback) {
    String resolved = absolute(link, fallback);
    URI uri = resolved == null ? null : reference(resolved);
    return uri != null && uri.isAbsolute() && isWeb(uri) ? resolved : null;
  }

  /** The first of {@code candidates} that is an absolute web URL, or {@code null}. */
  static URI firstWeb(URI... candidates) {
    for (URI candidate : candidates) {
      if (candidate != null && candidate.isAbsolute() && isWeb(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * The web base for an entry's HTML: {@code base} when it is an absolute web URL; a relative
   * {@code base} resolved against {@code fallback}; else {@code fallback} if it is a web URL; else
   * {@code null} (relative links in the HTML are then dropped by the cleaner).
   */
  static URI webBase(URI base, URI fallback) {
    if (base != null && base.isAbsolute()) {
      return isWeb(base) ? base : firstWeb(fallback);
    }
    URI web = firstWeb(fallback);
    if (base == null || web == null) {
      return web;
    }
    URI resolved = resolve(web, base);
    return isWeb(resolved) ? resolved : web;
  }

  /** A link this class returned, as a {@link URI} ({@code null} for {@code null}). */
  static URI uri(String link) {
    return reference(link);
  }

  private static boolean isWeb(URI uri) {
    String scheme = uri.getScheme();
    if (scheme == null) {
      return false;
    }
    String lower = scheme.toLowerCase(Locale.ROOT);
    return (lower.equals("http") || lower.equals("https"))
        && uri.getRawAuthority() != null
        && !uri.getRawAuthority().isEmpty();
  }

  /**
   * The link as a browser would read it, as a {@link URI}; {@code null} when blank, of a scheme
   * other than http(s) or unparseable even with its unsafe characters percent-encoded.
   */
  private static URI reference(String link) {
    if (link == null) {
      return null;
    }
    String cleaned = TABS_AND_BREAKS.matcher(XmlCharacters.strip(link)).replaceAll("").strip();
    if (cleaned.isEmpty()) {
      return null;
    }
    Matcher scheme = SCHEME.matcher(cleaned);
    if (scheme.find()) {
      String name = scheme.group(1).toLowerCase(Locale.ROOT);
      if (!name.equals("http") && !name.equals("https")) {
        return null;
      }
    }
    try {
      return new URI(cleaned);
    } catch (URISyntaxException e) {
      try {
        return new URI(encodeUnsafe(cleaned));
      } catch (URISyntaxException stillBad) {
        return null;
      }
    }
  }

  /** Percent-encodes what RFC 3986 never allows raw (spaces, quotes, braces, a stray {@code %}). */
  private static String encodeUnsafe(String link) {
    StringBuilder out = new StringBuilder(link.length() + 16);
    boolean inFragment = false;
    for (int i = 0; i < link.length(); i++) {
      char c = link.charAt(i);
      boolean strayPercent = c == '%' && !isEscape(link, i);
      boolean secondHash = c == '#' && inFragment;
      inFragment |= c == '#';
      if (c < 0x20 || c == 0x7F || UNSAFE_IN_URI.indexOf(c) >= 0 || strayPercent || secondHash) {
        out.append(String.format("%%%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static boolean isEscape(String s, int i) {
    return i + 2 < s.length()
        && Character.digit(s.charAt(i + 1), 16) >= 0
        && Character.digit(s.charAt(i + 2), 16) >= 0;
  }

  private static URI resolve(URI base, URI relative) {
    if (base.isOpaque()) {
      return relative;
    }
    // URI.resolve mishandles an empty path on a base like http://host (no trailing slash).
    if (base.isAbsolute() && (base.getRawPath() == null || base.getRawPath().isEmpty())) {
      base = base.resolve("/");
    }
    try {
      return base.resolve(relative);
    } catch (IllegalArgumentException e) {
      return relative;
    }
  }
}
