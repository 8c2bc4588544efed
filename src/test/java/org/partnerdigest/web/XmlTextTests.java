package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Characters XML 1.0 cannot carry (and C1 controls) leave queries and outputs. */
class XmlTextTests {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ESC | a\u001bb | ab",
        "NUL | \u0000a | a",
        "SOH | a\u0001 | a",
        "DEL and C1 | a\u007f\u0085b | ab",
        "U+FFFE and U+FFFF | a\ufffe\uffffb | ab",
        "lone high surrogate | a\ud800b | ab",
        "lone low surrogate | a\udc00b | ab",
      })
  void dropsWhatXmlCannotCarry(String what, String text, String kept) {
    assertThat(XmlText.of(text)).isEqualTo(kept);
  }

  @Test
  void keepsTextLineBreaksTabsAndAstralCharacters() {
    String text = "Renewal\tdates\r\nsoon: \u00e9t\u00e9 \ud83d\ude00 \ufffd \u2028";

    assertThat(XmlText.of(text)).isSameAs(text);
  }

  @Test
  void nullStaysNull() {
    assertThat(XmlText.of(null)).isNull();
  }
}
