package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ExcerptTests {

  @Test
  void keepsTextThatFits() {
    assertThat(HtmlSanitizer.excerpt("short text", 300)).isEqualTo("short text");
  }

  @Test
  void keepsTextOfExactlyTheMaximum() {
    assertThat(HtmlSanitizer.excerpt("abcde", 5)).isEqualTo("abcde");
  }

  @Test
  void cutsAtAWordBoundaryWithEllipsisWithinTheMaximum() {
    String excerpt = HtmlSanitizer.excerpt("the quick brown fox jumps", 12);
    assertThat(excerpt).isEqualTo("the quick…");
    assertThat(excerpt.length()).isLessThanOrEqualTo(12);
  }

  @Test
  void keepsAWordThatEndsRightAtTheCut() {
    assertThat(HtmlSanitizer.excerpt("the quick brown", 10)).isEqualTo("the quick…");
  }

  @Test
  void cutsOneLongWordHard() {
    assertThat(HtmlSanitizer.excerpt("abcdefghijklmnop", 6)).isEqualTo("abcde…");
  }

  @Test
  void neverSplitsAnEmojiAtTheCut() {
    String excerpt = HtmlSanitizer.excerpt("abcd😀efgh", 6);
    assertThat(excerpt).isEqualTo("abcd…");
  }

  @Test
  void keepsAnEmojiThatFitsWhole() {
    assertThat(HtmlSanitizer.excerpt("abc😀defgh", 6)).isEqualTo("abc😀…");
  }

  @Test
  void nullIsEmpty() {
    assertThat(HtmlSanitizer.excerpt(null, 10)).isEmpty();
  }

  @Test
  void rejectsANonPositiveMaximum() {
    assertThatIllegalArgumentException().isThrownBy(() -> HtmlSanitizer.excerpt("x", 0));
  }

  @Test
  void dropsADanglingCommaBeforeTheEllipsis() {
    assertThat(HtmlSanitizer.excerpt("first, second third", 10)).isEqualTo("first…");
  }
}
