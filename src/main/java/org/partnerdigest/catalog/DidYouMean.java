package org.partnerdigest.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** Suggests the closest known word for a typo (Levenshtein distance of at most 2). */
final class DidYouMean {

  private static final int MAX_DISTANCE = 2;

  private DidYouMean() {}

  static Optional<String> closest(String word, Collection<String> known) {
    var typed = word.toLowerCase(Locale.ROOT);
    return known.stream()
        .filter(k -> distance(typed, k.toLowerCase(Locale.ROOT)) <= MAX_DISTANCE)
        .filter(k -> distance(typed, k.toLowerCase(Locale.ROOT)) < k.length())
        .min(Comparator.comparingInt(k -> distance(typed, k.toLowerCase(Locale.ROOT))));
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
