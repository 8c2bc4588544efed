package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTests {

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  @Test
  void titleDecodesEntities() {
    assertThat(sanitizer.plainTitle("AT&amp;T &lt; Verizon")).isEqualTo("AT&T < Verizon");
  }

  @Test
  void titleDropsTags() {
    assertThat(sanitizer.plainTitle("<b>bold</b> move")).isEqualTo("bold move");
  }

  @Test
  void titleEscapedTwiceKeepsVisibleTags() {
    assertThat(sanitizer.plainTitle("&lt;b&gt;bold&lt;/b&gt;")).isEqualTo("<b>bold</b>");
  }

  @Test
  void titleFoldsWhitespace() {
    assertThat(sanitizer.plainTitle("  a\n\t b&nbsp; c ")).isEqualTo("a b c");
  }

  @Test
  void titleDropsScriptText() {
    assertThat(sanitizer.plainTitle("Hi<script>alert(1)</script>")).isEqualTo("Hi");
  }

  @Test
  void titleOfNullIsEmpty() {
    assertThat(sanitizer.plainTitle(null)).isEmpty();
  }

  @Test
  void textSeparatesParagraphs() {
    assertThat(sanitizer.plainText("<p>a</p><p>b</p>")).isEqualTo("a b");
  }

  @Test
  void textSeparatesLineBreaksListItemsAndCells() {
    assertThat(
            sanitizer.plainText(
                "a<br>b<ul><li>c</li><li>d</li></ul><table><tr><td>e</td><td>f</td></tr></table>"))
        .isEqualTo("a b c d e f");
  }

  @Test
  void textKeepsInlineWordsTogether() {
    assertThat(sanitizer.plainText("<p>un<em>believ</em>able</p>")).isEqualTo("unbelievable");
  }

  @Test
  void textDecodesEntities() {
    assertThat(sanitizer.plainText("<p>Fish &amp; chips</p>")).isEqualTo("Fish & chips");
  }
}
