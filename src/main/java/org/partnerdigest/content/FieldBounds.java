package org.partnerdigest.content;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Holds one entry's fields to {@link FieldLimits} and remembers whether anything was cut. Text is
 * cut between grapheme clusters (never inside a surrogate pair) and ends with "…"; sanitized HTML
 * is cut and re-parsed, which closes what the cut left open and drops a tag cut in half, so the
 * result stays well-formed and sanitized. Not thread-safe: one instance per entry.
 */
final class FieldBounds {

  private static final String ELLIPSIS = "…";

  /** Characters looked at around a cut to find a grapheme boundary. */
  private static final int GRAPHEME_WINDOW = 32;

  /** Extra characters given back per retry when closing tags push cut HTML over its limit. */
  private static final int HTML_SLACK = 64;

  private final HtmlSanitizer sanitizer;
  private boolean truncated;

  FieldBounds(HtmlSanitizer sanitizer) {
    this.sanitizer = sanitizer;
  }

  /** Whether any field passed through this instance was cut or dropped. */
  boolean truncated() {
    return truncated;
  }

  /**
   * Raw input cut to {@link FieldLimits#RAW_FACTOR} times {@code limit} before the (costly)
   * cleaning, without the characters XML cannot carry.
   */
  String raw(String value, int limit) {
    if (value == null) {
      return null;
    }
    String legal = XmlCharacters.strip(value);
    long rawLimit = (long) limit * FieldLimits.RAW_FACTOR;
    if (legal.length() <= rawLimit) {
      return legal;
    }
    truncated = true;
    return legal.substring(0, codePointBoundary(legal, (int) rawLimit));
  }

  /** Plain text at most {@code limit} characters long, ending with "…" when it was cut. */
  String text(String value, int limit) {
    String legal = XmlCharacters.strip(value);
    if (legal == null || legal.length() <= limit) {
      return legal;
    }
    truncated = true;
    int end = graphemeBoundary(legal, limit - ELLIPSIS.length());
    return legal.substring(0, end).stripTrailing() + ELLIPSIS;
  }

  /**
   * Sanitized HTML at most {@code limit} characters long, still well-formed and sanitized. Closing
   * the open elements adds a little; when that goes over, the cut moves back and is tried again.
   */
  String html(String cleanHtml, int limit) {
    String legal = XmlCharacters.strip(cleanHtml);
    if (legal == null || legal.length() <= limit) {
      return legal;
    }
    truncated = true;
    int cut = limit;
    while (cut > 0) {
      cut = codePointBoundary(legal, cut);
      String candidate = XmlCharacters.strip(sanitizer.closeCut(legal.substring(0, cut)));
      if (candidate.length() <= limit) {
        return candidate.isBlank() ? null : candidate;
      }
      cut -= candidate.length() - limit + HTML_SLACK;
    }
    return null;
  }

  /** A link no longer than {@link FieldLimits#LINK}; a longer one is dropped, not cut. */
  String link(String link) {
    if (link == null || link.length() <= FieldLimits.LINK) {
      return link;
    }
    truncated = true;
    return null;
  }

  /**
   * Distinct, non-blank categories made plain by {@code plain}, each at most {@link
   * FieldLimits#CATEGORY} long, at most {@link FieldLimits#CATEGORIES} of them.
   */
  List<String> categories(List<String> raw, UnaryOperator<String> plain) {
    List<String> kept = new ArrayList<>();
    int looked = 0;
    for (String category : raw) {
      if (looked++ == FieldLimits.RAW_CATEGORIES) {
        truncated = true;
        break;
      }
      String value = text(plain.apply(raw(category, FieldLimits.CATEGORY)), FieldLimits.CATEGORY);
      if (value == null || value.isBlank() || kept.contains(value)) {
        continue;
      }
      if (kept.size() == FieldLimits.CATEGORIES) {
        truncated = true;
        break;
      }
      kept.add(value);
    }
    return kept;
  }

  /** {@code index}, or one less when it would split a surrogate pair. */
  private static int codePointBoundary(String s, int index) {
    if (index > 0
        && index < s.length()
        && Character.isLowSurrogate(s.charAt(index))
        && Character.isHighSurrogate(s.charAt(index - 1))) {
      return index - 1;
    }
    return index;
  }

  /** The last grapheme cluster boundary at or before {@code index}, looking only nearby. */
  private static int graphemeBoundary(String s, int index) {
    int start = Math.max(0, index - GRAPHEME_WINDOW);
    int end = Math.min(s.length(), index + GRAPHEME_WINDOW);
    BreakIterator graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(s.substring(start, end));
    int local = index - start;
    int boundary = graphemes.isBoundary(local) ? local : graphemes.preceding(local);
    int found = start + Math.max(0, boundary);
    // A window that starts inside a pair may call its own start a boundary: never split a pair.
    return codePointBoundary(s, found > 0 ? found : index);
  }
}
