package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The text normalisation behind duplicate keys; keys already in an index must not change. */
class DuplicateKeysTests {

  /** The normalisation as it was written before issue 13: the reference. */
  static String byRegex(String text) {
    return Pattern.compile("[^\\p{L}\\p{N}]+")
        .matcher(text.toLowerCase(Locale.ROOT))
        .replaceAll(" ")
        .strip();
  }

  @Test
  void foldsEveryRunOfNonWordCharactersToOneSpaceAndTrimsTheEnds() {
    assertThat(DuplicateKeys.normalize("  Hello, World!! 2026 — Ⅻ ²  "))
        .isEqualTo("hello world 2026 ⅻ ²");
    assertThat(DuplicateKeys.normalize("!!!")).isEmpty();
    assertThat(DuplicateKeys.normalize(null)).isEmpty();
  }

  @Test
  void givesWhatTheRegularExpressionGaveOnAnyText() {
    String[] samples = {
      "İstanbul ŞİŞLİ",
      "naïve café",
      "e\u0301",
      "日本語のテキスト",
      "𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀 ok",
      "a\u00a0b\tc\nd",
      "x_y-z.w",
      "١٢٣ arabic digits",
      "\u0000\u0001ctrl",
      "ǅungla",
      "ᾈ title case"
    };
    for (String sample : samples) {
      assertThat(DuplicateKeys.normalize(sample)).as(sample).isEqualTo(byRegex(sample));
    }
    int[] ranges = {
      0x20, 0x7f, 0xa0, 0x250, 0x300, 0x370, 0x2000, 0x2190, 0x3040, 0x1f600, 0x1d400
    };
    Random random = new Random(13);
    for (int n = 0; n < 5_000; n++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        int start = ranges[random.nextInt(ranges.length)];
        int cp = start + random.nextInt(0x60);
        if (Character.isValidCodePoint(cp)) {
          text.appendCodePoint(cp);
        }
      }
      String sample = text.toString();
      assertThat(DuplicateKeys.normalize(sample)).as(sample).isEqualTo(byRegex(sample));
    }
  }
}
