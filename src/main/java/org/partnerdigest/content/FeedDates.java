package org.partnerdigest.content;

import com.rometools.rome.io.impl.DateParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Dates as feeds write them. Rome's parser first, then formats it misses: RFC 822 variants (no
 * weekday, two-digit years, single-digit days, named zones) and ISO 8601 without a zone, which we
 * read as UTC. Unparseable dates are {@code null}, never an error.
 */
final class FeedDates {

  private static final List<DateTimeFormatter> RFC822_VARIANTS =
      List.of(
          rfc822("[EEE, ][EEEE, ]d MMM yyyy HH:mm[:ss] [z][Z][X]"),
          rfc822("[EEE, ]d MMM yy HH:mm[:ss] [z][Z][X]"),
          rfc822("[EEE, ]d MMMM yyyy HH:mm[:ss] [z][Z][X]"),
          rfc822("[EEE ]MMM d HH:mm:ss [z][Z] yyyy"));

  private FeedDates() {}

  static Instant of(Date date) {
    return date == null ? null : date.toInstant();
  }

  static Instant parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String s = text.strip().replaceAll("\\s+", " ");
    Instant iso = iso(s);
    if (iso != null) {
      return iso;
    }
    for (DateTimeFormatter f : RFC822_VARIANTS) {
      try {
        return ZonedDateTime.parse(s.replace("UT ", "UTC "), f).toInstant();
      } catch (DateTimeParseException e) {
        // try the next shape
      }
    }
    try {
      return of(DateParser.parseDate(s, Locale.US));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static Instant iso(String s) {
    try {
      return OffsetDateTime.parse(s.replace(' ', 'T')).toInstant();
    } catch (DateTimeParseException e) {
      // no zone, or date only
    }
    try {
      return LocalDateTime.parse(s.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // date only
    }
    try {
      return LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static DateTimeFormatter rfc822(String pattern) {
    return new DateTimeFormatterBuilder()
        .parseCaseInsensitive()
        .parseLenient()
        .appendPattern(pattern)
        .parseDefaulting(java.time.temporal.ChronoField.OFFSET_SECONDS, 0)
        .toFormatter(Locale.US)
        .withZone(ZoneOffset.UTC);
  }
}
