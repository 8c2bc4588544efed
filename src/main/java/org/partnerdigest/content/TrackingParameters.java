package org.partnerdigest.content;

import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Query parameters that only identify a campaign or a click. They are removed from link and image
 * URLs; every other parameter, their order and the fragment are kept byte for byte.
 */
final class TrackingParameters {

  private static final Set<String> NAMES =
      Set.of(
          "fbclid", "gclid", "mc_cid", "mc_eid", "_hsenc", "_hsmi", "mkt_tok", "igshid", "yclid",
          "msclkid");

  private TrackingParameters() {}

  static boolean isTracking(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.startsWith("utm_") || NAMES.contains(lower);
  }

  /** {@code url} without tracking parameters; a query left empty loses its {@code ?}. */
  static String strip(String url) {
    int hash = url.indexOf('#');
    String beforeFragment = hash < 0 ? url : url.substring(0, hash);
    String fragment = hash < 0 ? "" : url.substring(hash);
    int question = beforeFragment.indexOf('?');
    if (question < 0) {
      return url;
    }
    StringJoiner kept = new StringJoiner("&");
    boolean removed = false;
    for (String parameter : beforeFragment.substring(question + 1).split("&", -1)) {
      int equals = parameter.indexOf('=');
      String name = equals < 0 ? parameter : parameter.substring(0, equals);
      if (isTracking(name)) {
        removed = true;
      } else {
        kept.add(parameter);
      }
    }
    if (!removed) {
      return url;
    }
    String query = kept.toString();
    String path = beforeFragment.substring(0, question);
    return (query.isEmpty() ? path : path + "?" + query) + fragment;
  }
}
