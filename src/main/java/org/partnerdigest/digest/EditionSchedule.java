package org.partnerdigest.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/**
 * When editions are cut: the cron expression in its zone. An edition is identified by its scheduled
 * cut-off; its key is the ISO week ({@code 2026-W49}) when the schedule fires at most once a week
 * around it, else the local date and time ({@code 2026-12-07T0700}).
 *
 * <p>An edition is cut {@code settle} after its cut-off, not at it: the crawl stamps an entry's
 * first-seen time just before the transaction that stores it commits, so an entry stamped a moment
 * before the cut-off may become visible a moment after it. Cut at once, the edition would miss it,
 * and the next one, whose window starts at this cut-off, would too.
 */
final class EditionSchedule {

  private static final Duration WEEK = Duration.ofDays(7);
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HHmm", Locale.ROOT);
  private static final DateTimeFormatter READABLE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  private final CronExpression cron;
  private final ZoneId zone;
  private final Duration settle;

  EditionSchedule(String cron, ZoneId zone, Duration settle) {
    if (!CronExpression.isValidExpression(cron)) {
      throw new IllegalArgumentException(
          "partner-digest.digest.cron '" + cron + "' is not a valid cron expression (six fields)");
    }
    this.cron = CronExpression.parse(cron);
    this.zone = zone;
    this.settle = settle;
  }

  /** The latest cut-off whose edition may be cut at {@code now}: one that has settled. */
  Optional<Instant> settledAt(Instant now) {
    return latestAtOrBefore(now.minus(settle));
  }

  /** When to cut the next edition after {@code time}: its cut-off once settled. */
  Optional<Instant> nextCutAfter(Instant time) {
    return nextAfter(time.minus(settle)).map(cutoff -> cutoff.plus(settle));
  }

  ZoneId zone() {
    return zone;
  }

  /** The latest scheduled cut-off at or before {@code time}, if the schedule ever fired. */
  Optional<Instant> latestAtOrBefore(Instant time) {
    for (Duration lookBack :
        new Duration[] {Duration.ofDays(8), Duration.ofDays(40), Duration.ofDays(400)}) {
      ZonedDateTime at = time.minus(lookBack).atZone(zone);
      Instant latest = null;
      for (ZonedDateTime next = cron.next(at);
          next != null && !next.toInstant().isAfter(time);
          next = cron.next(next)) {
        latest = next.toInstant();
      }
      if (latest != null) {
        return Optional.of(latest);
      }
    }
    return Optional.empty();
  }

  /** The first cut-off after {@code time}. */
  Optional<Instant> nextAfter(Instant time) {
    return Optional.ofNullable(cron.next(time.atZone(zone))).map(ZonedDateTime::toInstant);
  }

  /** The edition key of the cut-off, as it appears in {@code /digests/{key}}. */
  String keyOf(Instant cutoff) {
    ZonedDateTime local = cutoff.atZone(zone);
    if (weekly(cutoff)) {
      return String.format(
          Locale.ROOT,
          "%d-W%02d",
          local.get(IsoFields.WEEK_BASED_YEAR),
          local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return DATE_TIME.format(local);
  }

  /** The date-and-time key, for a cut-off whose week already has an edition. */
  String dateTimeKeyOf(Instant cutoff) {
    return DATE_TIME.format(cutoff.atZone(zone));
  }

  /** How subjects and pages name the edition: "week 49", or "7 Dec 2026". */
  String labelOf(Instant cutoff) {
    ZonedDateTime local = cutoff.atZone(zone);
    return weekly(cutoff)
        ? "week " + local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
        : READABLE.format(local);
  }

  private boolean weekly(Instant cutoff) {
    boolean nextFar = nextAfter(cutoff).map(n -> !n.isBefore(cutoff.plus(WEEK))).orElse(true);
    boolean previousFar =
        latestAtOrBefore(cutoff.minusMillis(1))
            .map(p -> !p.isAfter(cutoff.minus(WEEK)))
            .orElse(true);
    return nextFar && previousFar;
  }
}
