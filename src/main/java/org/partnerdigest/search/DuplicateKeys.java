package org.partnerdigest.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keys shared by copies of one post syndicated by several feeds: its canonical link (scheme and
 * host lower-cased, no trailing slash, no fragment, no tracking parameters) and a hash of its
 * normalized title and first 500 characters of text.
 */
final class DuplicateKeys {

  private static final Set<String> TRACKING =
      Set.of("fbclid", "gclid", "mc_cid", "mc_eid", "ocid", "msclkid");
  private static final int TEXT_CHARS = 500;
  private static final int MIN_TEXT_CHARS = 80;

  private DuplicateKeys() {}

  static List<String> of(String link, String title, String text) {
    List<String> keys = new ArrayList<>();
    String canonical = canonicalLink(link);
    if (canonical != null) {
      keys.add("l:" + hash(canonical));
    }
    String head = text == null ? "" : text.substring(0, Math.min(text.length(), TEXT_CHARS * 2));
    String normalizedText = normalize(head);
    String normalized = normalize(title) + "|" + normalizedText;
    if (normalizedText.length() >= MIN_TEXT_CHARS) {
      keys.add("t:" + hash(normalized.substring(0, Math.min(normalized.length(), TEXT_CHARS))));
    }
    return keys;
  }

  static String canonicalLink(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    try {
      URI uri = URI.create(link.strip());
      if (uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme() == null ? "http" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (scheme.equals("https")) {
        scheme = "http";
      }
      String host = uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
      String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
      StringBuilder query = new StringBuilder();
      if (uri.getRawQuery() != null) {
        for (String param : uri.getRawQuery().split("&")) {
          String name = param.split("=", 2)[0].toLowerCase(Locale.ROOT);
          if (!name.startsWith("utm_") && !TRACKING.contains(name) && !param.isEmpty()) {
            query.append(query.isEmpty() ? "?" : "&").append(param);
          }
        }
      }
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return scheme + "://" + host + port + path + query;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Lower case, every run of characters that are neither letters nor numbers one space, none at the
   * ends: what {@code [^\p{L}\p{N}]+ → " "} then {@code strip()} gives, as a loop (the regular
   * expression was most of building a document's keys).
   */
  static String normalize(String text) {
    if (text == null) {
      return "";
    }
    String lower = text.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length());
    boolean gap = false;
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      i += Character.charCount(cp);
      if (isWordChar(cp)) {
        if (gap && !out.isEmpty()) {
          out.append(' ');
        }
        gap = false;
        out.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return out.toString();
  }

  private static boolean isWordChar(int cp) {
    return switch (Character.getType(cp)) {
      case Character.UPPERCASE_LETTER,
          Character.LOWERCASE_LETTER,
          Character.TITLECASE_LETTER,
          Character.MODIFIER_LETTER,
          Character.OTHER_LETTER,
          Character.DECIMAL_DIGIT_NUMBER,
          Character.LETTER_NUMBER,
          Character.OTHER_NUMBER ->
          true;
      default -> false;
    };
  }

  private static String hash(String value) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
