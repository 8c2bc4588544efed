package org.partnerdigest.web.curation;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times as editors read them: "3 h ago", "in 12 min", and the exact UTC time for a tooltip. */
final class TimeWords {

  private static final DateTimeFormatter EXACT =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  private TimeWords() {}

  /** "just now", "5 min ago", "in 2 h", "3 days ago"; {@code null} for no time. */
  static String relative(Instant when, Instant now) {
    if (when == null) {
      return null;
    }
    Duration d = Duration.between(when, now);
    boolean past = !d.isNegative();
    String span = span(d.abs());
    if (span == null) {
      return "just now";
    }
    return past ? span + " ago" : "in " + span;
  }

  static String exact(Instant when) {
    return when == null ? null : EXACT.format(when);
  }

  /** "3 days", "5 h", "12 min"; {@code null} under a minute. */
  static String span(Duration d) {
    if (d.toDays() >= 2) {
      return d.toDays() + " days";
    }
    if (d.toHours() >= 1) {
      return d.toHours() + " h";
    }
    if (d.toMinutes() >= 1) {
      return d.toMinutes() + " min";
    }
    return null;
  }
}
