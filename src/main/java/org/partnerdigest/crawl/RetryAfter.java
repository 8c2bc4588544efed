package org.partnerdigest.crawl;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads {@code Retry-After} (RFC 9110 §10.2.3): delay seconds or an HTTP-date. */
final class RetryAfter {

  private RetryAfter() {}

  /** The instant the server asks us to wait for, or {@code null} when absent or garbage. */
  static Instant parse(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.chars().allMatch(Character::isDigit)) {
      try {
        return now.plusSeconds(Long.parseLong(v));
      } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
        return null;
      }
    }
    try {
      return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
