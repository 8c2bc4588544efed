package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryAfterTests {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final Duration MAX = Duration.ofHours(4);
  static final Instant LATEST = NOW.plus(MAX);

  static Instant parse(String value) {
    return RetryAfter.parse(value, NOW, MAX);
  }

  @Test
  void readsDelaySeconds() {
    assertThat(parse("120")).isEqualTo(NOW.plusSeconds(120));
    assertThat(parse(" 0120 ")).isEqualTo(NOW.plusSeconds(120));
    assertThat(parse("0")).isEqualTo(NOW);
  }

  @Test
  void readsAnHttpDate() {
    assertThat(parse("Wed, 25 Nov 2026 13:30:00 GMT"))
        .isEqualTo(Instant.parse("2026-11-25T13:30:00Z"));
  }

  @Nested
  class HugeValuesAreCappedNotIgnored {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "14401", // one second over the cap
          "9223372036854775807", // Long.MAX_VALUE
          "9223372036854775808", // one more than a long holds
          "999999999999999999999", // issue 7
          "00000000000000000000000000000000000000000000000000000000000000000000000000099999999",
          "Fri, 31 Dec 9999 23:59:59 GMT",
          "Thu, 26 Nov 2026 12:00:00 GMT" // tomorrow
        })
    void waitsAtMostTheMaximum(String value) {
      assertThat(parse(value)).isEqualTo(LATEST);
    }

    @Test
    void theMaximumItselfIsHonoured() {
      assertThat(parse("14400")).isEqualTo(LATEST);
      assertThat(parse("Wed, 25 Nov 2026 16:00:00 GMT")).isEqualTo(LATEST);
    }
  }

  @Nested
  class GarbageNegativeOrPastIsMissing {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "   ",
          "-1",
          "-999999999999999999999",
          "+5",
          "1.5",
          "1e9",
          "soon-ish",
          "١٢٠", // Arabic-Indic digits: not DIGIT in RFC 9110
          "120 seconds",
          "Wed, 25 Nov 2026 11:59:59 GMT", // already past
          "Thu, 01 Jan 1970 00:00:00 GMT",
          "Wed, 32 Nov 2026 13:30:00 GMT"
        })
    void meansNothingSaid(String value) {
      assertThat(parse(value)).isNull();
    }

    @Test
    void absentIsNothingSaid() {
      assertThat(parse(null)).isNull();
    }
  }
}
