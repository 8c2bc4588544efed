package org.partnerdigest.crawl;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Reads {@code Retry-After} (RFC 9110 §10.2.3): delay seconds or an HTTP-date. A server may ask for
 * any wait; we honour at most {@code max} (the crawl's {@code max-backoff}), so a huge value (more
 * seconds than a {@code long} holds, a date in the year 9999) means "as long as we ever wait", not
 * "nothing said".
 */
final class RetryAfter {

  private RetryAfter() {}

  /**
   * The instant to retry at, at most {@code now + max}; {@code null} when the header is absent,
   * garbage, negative or a date already past (the caller then backs off as after a failure).
   */
  static Instant parse(String value, Instant now, Duration max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    Instant latest = now.plus(max);
    if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
      // compared as a number of digits first: no value is too long to mean "wait long"
      String seconds = v.replaceFirst("^0+(?=.)", "");
      if (seconds.length() > 18 || Long.parseLong(seconds) > max.toSeconds()) {
        return latest;
      }
      return now.plusSeconds(Long.parseLong(seconds));
    }
    Instant date;
    try {
      date = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      return null;
    }
    if (date.isBefore(now)) {
      return null;
    }
    return date.isAfter(latest) ? latest : date;
  }
}
