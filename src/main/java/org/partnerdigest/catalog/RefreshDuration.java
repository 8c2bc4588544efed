package org.partnerdigest.catalog;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Durations as editors write them: {@code 30m}, {@code 1h}, {@code 2h30m}, {@code 90s}, {@code 1d},
 * or ISO-8601 such as {@code PT1H}.
 */
final class RefreshDuration {

  static final String EXAMPLES = "30m, 1h, 2h30m, 90s, 1d or ISO-8601 such as PT1H";

  private static final Pattern SHORT =
      Pattern.compile("(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?");

  private RefreshDuration() {}

  /** The duration, or empty when {@code text} is in neither form (or overflows). */
  static Optional<Duration> parse(String text) {
    var trimmed = text.strip().toLowerCase(Locale.ROOT);
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    try {
      if (trimmed.startsWith("p") || trimmed.startsWith("-p")) {
        return Optional.of(Duration.parse(trimmed.toUpperCase(Locale.ROOT)));
      }
      var matcher = SHORT.matcher(trimmed);
      if (!matcher.matches()) {
        return Optional.empty();
      }
      return Optional.of(
          Duration.ofDays(number(matcher.group(1)))
              .plusHours(number(matcher.group(2)))
              .plusMinutes(number(matcher.group(3)))
              .plusSeconds(number(matcher.group(4))));
    } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }
}
