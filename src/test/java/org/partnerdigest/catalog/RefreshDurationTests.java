package org.partnerdigest.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RefreshDurationTests {

  @ParameterizedTest
  @CsvSource({
    "30m, PT30M",
    "1h, PT1H",
    "2h30m, PT2H30M",
    "90s, PT90S",
    "1d, PT24H",
    "1d12h, PT36H",
    "PT1H, PT1H",
    "pt15m, PT15M",
    "P1D, PT24H"
  })
  void readsShortAndIsoForms(String text, String expected) {
    assertThat(RefreshDuration.parse(text)).contains(Duration.parse(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "90", "1 hour", "h", "1x", "PT", "99999999999999999999d", "1h-5m"})
  void rejectsAnythingElse(String text) {
    assertThat(RefreshDuration.parse(text)).isEmpty();
  }
}
