package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FieldBoundsTests {

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();
  private final FieldBounds bounds = new FieldBounds(sanitizer);

  @Test
  void aTagCutInHalfIsDroppedAndOpenElementsAreClosed() {
    String clean =
        "<p><b>bold</b> text</p><p>more <a href=\"https://partners.example.com/long/path\""
            + " rel=\"noopener noreferrer\">link</a></p>";

    String cut = bounds.html(clean, 60);

    assertThat(cut).isEqualTo("<p><b>bold</b> text</p><p>more </p>");
    assertThat(bounds.truncated()).isTrue();
  }

  @Test
  void cutHtmlIsNeverLongerThanItsLimit() {
    String nested = "<div>".repeat(40) + "x".repeat(400) + "</div>".repeat(40);

    for (int limit = 1; limit < nested.length(); limit += 37) {
      String cut = bounds.html(nested, limit);
      assertThat(cut == null ? 0 : cut.length()).as("limit %d", limit).isLessThanOrEqualTo(limit);
    }
  }

  @Test
  void textIsCutBetweenGraphemeClusters() {
    String family = "👩‍👩‍👧";
    String text = "a".repeat(7) + family + "b";

    String cut = bounds.text(text, 10);

    assertThat(cut).isEqualTo("aaaaaaa…");
  }

  @Test
  void nothingWithinItsLimitIsTouchedOrNoted() {
    assertThat(bounds.text("short", 10)).isEqualTo("short");
    assertThat(bounds.html("<p>short</p>", 100)).isEqualTo("<p>short</p>");
    assertThat(bounds.link("https://x.example/")).isEqualTo("https://x.example/");
    assertThat(bounds.categories(List.of("a", "b", "a"), s -> s)).containsExactly("a", "b");
    assertThat(bounds.truncated()).isFalse();
  }
}
