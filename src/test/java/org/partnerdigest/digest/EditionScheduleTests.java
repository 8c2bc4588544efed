package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EditionScheduleTests {

  final EditionSchedule weekly =
      new EditionSchedule("0 0 7 * * MON", ZoneId.of("UTC"), Duration.ofMinutes(2));

  @Test
  void theLatestCutoffIsTheLastMondayMorning() {
    assertThat(weekly.latestAtOrBefore(Instant.parse("2026-12-09T12:00:00Z")))
        .contains(Instant.parse("2026-12-07T07:00:00Z"));
    assertThat(weekly.latestAtOrBefore(Instant.parse("2026-12-07T07:00:00Z")))
        .contains(Instant.parse("2026-12-07T07:00:00Z"));
    assertThat(weekly.nextAfter(Instant.parse("2026-12-07T07:00:00Z")))
        .contains(Instant.parse("2026-12-14T07:00:00Z"));
  }

  @Test
  void anEditionIsCutOnlyOnceItsCutoffHasSettled() {
    Instant monday = Instant.parse("2026-12-07T07:00:00Z");

    assertThat(weekly.settledAt(monday.plusSeconds(60)))
        .as("an entry stamped just before 07:00 may still be committing")
        .contains(monday.minus(Duration.ofDays(7)));
    assertThat(weekly.settledAt(monday.plus(Duration.ofMinutes(2)))).contains(monday);
    assertThat(weekly.nextCutAfter(monday.minusSeconds(1)))
        .contains(monday.plus(Duration.ofMinutes(2)));
    assertThat(weekly.nextCutAfter(monday.plus(Duration.ofMinutes(3))))
        .contains(Instant.parse("2026-12-14T07:02:00Z"));
  }

  @Test
  void aWeeklyEditionIsKeyedAndNamedByItsIsoWeek() {
    Instant cutoff = Instant.parse("2026-11-30T07:00:00Z");

    assertThat(weekly.keyOf(cutoff)).isEqualTo("2026-W49");
    assertThat(weekly.labelOf(cutoff)).isEqualTo("week 49");
    assertThat(weekly.keyOf(Instant.parse("2027-01-04T07:00:00Z"))).isEqualTo("2027-W01");
  }

  @Test
  void aDailyEditionIsKeyedByLocalDateAndTime() {
    EditionSchedule daily =
        new EditionSchedule("0 30 6 * * *", ZoneId.of("Europe/Berlin"), Duration.ZERO);
    Instant cutoff = Instant.parse("2026-12-07T05:30:00Z");

    assertThat(daily.keyOf(cutoff)).isEqualTo("2026-12-07T0630");
    assertThat(daily.labelOf(cutoff)).isEqualTo("7 Dec 2026");
  }

  @Test
  void refusesAnInvalidCronWithThePropertyName() {
    assertThatThrownBy(() -> new EditionSchedule("every monday", ZoneId.of("UTC"), Duration.ZERO))
        .hasMessageContaining("partner-digest.digest.cron");
  }
}
