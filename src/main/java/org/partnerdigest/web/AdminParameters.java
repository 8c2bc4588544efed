package org.partnerdigest.web;

import java.util.Locale;
import org.partnerdigest.archive.EntryFilter.State;

/** The editors' pages' parameters, read strictly: a bad one is a 400 that says what to change. */
final class AdminParameters {

  private AdminParameters() {}

  /** A 1-based page number. */
  static int page(String value) {
    try {
      int page = Integer.parseInt(value.strip());
      if (page < 1) {
        throw new InvalidParameterException("page must be at least 1, was " + page);
      }
      return page;
    } catch (NumberFormatException e) {
      throw new InvalidParameterException("page must be a whole number, was '" + value + "'");
    }
  }

  static State state(String value) {
    try {
      return State.valueOf(value.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameterException(
          "state must be one of all, visible, hidden, pinned; was '" + value + "'");
    }
  }

  /**
   * Where to go after an action: the page it came from when that is a path on this site, else the
   * fallback — never another site (no open redirect).
   */
  static String back(String back, String fallback) {
    if (back == null
        || !back.startsWith("/")
        || back.startsWith("//")
        || back.contains("\\")
        || back.chars().anyMatch(Character::isISOControl)) {
      return fallback;
    }
    return back;
  }

  /** What a person reads after an action, e.g. "Hidden". */
  static String done(String action) {
    return switch (action) {
      case "entry.hide" -> "Hidden";
      case "entry.unhide" -> "Shown again";
      case "entry.pin" -> "Pinned";
      case "entry.unpin" -> "Unpinned";
      default -> "Done:";
    };
  }
}
