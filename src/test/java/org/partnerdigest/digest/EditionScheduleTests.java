package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class EditionScheduleTests {

  final EditionSchedule weekly = new EditionSchedule("0 0 7 * * MON", ZoneId.of("UTC"));

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
  void aWeeklyEditionIsKeyedAndNamedByItsIsoWeek() {
    Instant cutoff = Instant.parse("2026-11-30T07:00:00Z");

    assertThat(weekly.keyOf(cutoff)).isEqualTo("2026-W49");
    assertThat(weekly.labelOf(cutoff)).isEqualTo("week 49");
    assertThat(weekly.keyOf(Instant.parse("2027-01-04T07:00:00Z"))).isEqualTo("2027-W01");
  }

  @Test
  void aDailyEditionIsKeyedByLocalDateAndTime() {
    EditionSchedule daily = new EditionSchedule("0 30 6 * * *", ZoneId.of("Europe/Berlin"));
    Instant cutoff = Instant.parse("2026-12-07T05:30:00Z");

    assertThat(daily.keyOf(cutoff)).isEqualTo("2026-12-07T0630");
    assertThat(daily.labelOf(cutoff)).isEqualTo("7 Dec 2026");
  }

  @Test
  void refusesAnInvalidCronWithThePropertyName() {
    assertThatThrownBy(() -> new EditionSchedule("every monday", ZoneId.of("UTC")))
        .hasMessageContaining("partner-digest.digest.cron");
  }
}
