package org.partnerdigest.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of character ranges of one text, all given against the original offsets and applied
 * together. Insertions at the same offset keep the order they were added in; a replaced range and
 * an insertion at its start both take effect.
 */
final class TextEdits {

  private record Edit(int start, int end, String replacement, int order) {}

  private final List<Edit> edits = new ArrayList<>();

  void replace(int start, int end, String replacement) {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad range " + start + ".." + end);
    }
    edits.add(new Edit(start, end, replacement, edits.size()));
  }

  void insert(int at, String text) {
    replace(at, at, text);
  }

  void delete(int start, int end) {
    replace(start, end, "");
  }

  String applyTo(String text) throws EditRefusedException {
    List<Edit> ordered = new ArrayList<>(edits);
    // From the end backwards, so earlier offsets stay valid; at one offset, ranges go before
    // insertions, and later insertions before earlier ones (which then land in front of them).
    ordered.sort(
        Comparator.comparingInt(Edit::start)
            .reversed()
            .thenComparing(e -> e.end() == e.start())
            .thenComparing(Comparator.comparingInt(Edit::order).reversed()));
    StringBuilder out = new StringBuilder(text);
    int limit = text.length();
    for (Edit e : ordered) {
      if (e.end() > limit) {
        throw new EditRefusedException("overlapping changes; edit one thing at a time");
      }
      out.replace(e.start(), e.end(), e.replacement());
      limit = e.start();
    }
    return out.toString();
  }
}
