package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whole documents written to look like real feed content, checked for what matters in each. */
class CleaningFixturesTests {

  private static final URI BASE = URI.create("https://blog.example/posts/2026/hello.html");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  private String cleanFixture(String name) {
    try (InputStream in = getClass().getResourceAsStream("html/" + name)) {
      return sanitizer.clean(new String(in.readAllBytes(), StandardCharsets.UTF_8), BASE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void wordpressLazyImageAppearsOnceWithRealSourceAndNoPixel() {
    String cleaned = cleanFixture("wordpress-lazy-images.html");
    assertThat(cleaned)
        .containsOnlyOnce("<img")
        .contains("src=\"https://blog.example/wp-content/uploads/2026/11/office-1024x683.jpg\"")
        .contains("https://blog.example/wp-content/uploads/2026/11/office-300x200.jpg 300w")
        .contains("href=\"https://blog.example/2026/11/office/\"")
        .doesNotContain("pixel.wp.com", "data:", "utm_", "target", "class=");
  }

  @Test
  void newsletterLosesTrackingButKeepsContent() {
    String cleaned = cleanFixture("newsletter-with-tracking.html");
    assertThat(cleaned)
        .contains("href=\"https://news.example/a?id=1#section\"")
        .contains("href=\"https://news.example/b?ref=digest\"")
        .contains("href=\"https://news.example/c\"")
        .contains("src=\"https://news.example/banner.png?v=3\"")
        .doesNotContain("open.gif", "feedburner", "<form", "<input", "Subscribe", "style=")
        .doesNotContainPattern("(?i)utm_|mc_cid|mc_eid|_hsenc|_hsmi|clid=|igshid|mkt_tok");
  }

  @Test
  void figuresTablesAndCodeSurviveWithResolvedUrls() {
    String cleaned = cleanFixture("figures-tables-code.html");
    assertThat(cleaned)
        .contains("<a href=\"https://blog.example/posts/2026/hello.html#results\"")
        .contains("href=\"https://blog.example/posts/2025/older.html\"")
        .contains("https://cdn.example/charts/growth@2x.png 2x")
        .contains("<caption>Partners</caption>", "<th scope=\"col\">", "<time datetime=")
        .contains("return \"&lt;script&gt;\";", "H<sub>2</sub>O", "👩‍👩‍👧")
        .contains("href=\"mailto:partners@example.org?subject=Hi\"")
        .doesNotContain("<video", "<source", "id=\"intro\"");
  }

  @Test
  void tagSoupIsRepairedWithoutLosingText() {
    String cleaned = cleanFixture("tag-soup-unclosed.html");
    assertThat(sanitizer.plainText(cleaned))
        .contains("First paragraph Second bold both italic?", "one two nested three")
        .contains("cell cell 2 wide", "text in a font and a center", "© 2026 && <3");
    assertThat(cleaned).doesNotContain("<font", "<center", "face=");
  }

  @Test
  void filterEvasionMixKeepsOnlyTheHarmlessText() {
    String cleaned = cleanFixture("filter-evasion-mix.html");
    SafeHtml.assertSafe(cleaned);
    assertThat(sanitizer.plainText(cleaned)).isEqualTo("Before abc styled After");
  }
}
