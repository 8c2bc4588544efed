package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharactersTests {

  @Test
  void stripsC0ControlsButTabLineFeedAndCarriageReturn() {
    assertThat(XmlCharacters.strip("a\u0000b\u0001c\u001bd\te\nf\rg\u007f"))
        .isEqualTo("abcd\te\nf\rg\u007f");
  }

  @Test
  void stripsNoncharactersFffeAndFfff() {
    assertThat(XmlCharacters.strip("a\uFFFEb\uFFFFc\uFFFDd")).isEqualTo("abc\uFFFDd");
  }

  @Test
  void stripsUnpairedSurrogatesAndKeepsPairs() {
    assertThat(XmlCharacters.strip("\uD800a\uDC00b😀c\uD83D")).isEqualTo("ab😀c");
  }

  @Test
  void returnsTheSameInstanceWhenNothingIsIllegal() {
    String clean = "Grüße 😀 \t\n";

    assertThat(XmlCharacters.strip(clean)).isSameAs(clean);
    assertThat(XmlCharacters.strip(null)).isNull();
  }
}
