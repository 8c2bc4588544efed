package org.partnerdigest.search;

import java.util.Locale;

/** Normalizes keyword values (feed keys, groups, topics, tags) so filters ignore case. */
final class Keywords {

  private Keywords() {}

  static String normalize(String value) {
    return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
  }
}
