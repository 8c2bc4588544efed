package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class HtmlSanitizerTests {

  private static final URI BASE = URI.create("https://blog.example/posts/2026/hello.html");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  private String clean(String html) {
    return sanitizer.clean(html, BASE);
  }

  @Nested
  class Keeps {

    @Test
    void keepsTextStructureTags() {
      String html = "<h2>Title</h2><p>Some <em>em</em> and <strong>strong</strong></p>";
      assertThat(clean(html)).isEqualTo(html);
    }

    @Test
    void keepsTablesAndLists() {
      String html =
          "<table><thead><tr><th scope=\"col\">h</th></tr></thead><tbody><tr><td colspan=\"2\">"
              + "c</td></tr></tbody></table><ol start=\"3\"><li>x</li></ol>";
      assertThat(clean(html)).isEqualTo(html);
    }

    @Test
    void keepsImageAltAndSize() {
      assertThat(
              clean(
                  "<img src=\"https://cdn.example/a.png\" alt=\"A\" width=\"640\" height=\"480\">"))
          .isEqualTo(
              "<img src=\"https://cdn.example/a.png\" alt=\"A\" width=\"640\" height=\"480\""
                  + " loading=\"lazy\">");
    }

    @Test
    void unwrapsUnknownElementsKeepingTheirText() {
      assertThat(clean("<font color=red>red <center>text</center></font>")).isEqualTo("red text");
    }

    @Test
    void dropsStyleClassIdAndEventAttributes() {
      assertThat(clean("<p style=\"color:red\" class=\"x\" id=\"y\" onclick=\"alert(1)\">p</p>"))
          .isEqualTo("<p>p</p>");
    }

    @Test
    void survivesDeeplyNestedMarkup() {
      String deep = "<div><b>".repeat(5000) + "deep";
      assertThat(sanitizer.plainText(clean(deep))).isEqualTo("deep");
    }

    @Test
    void emptyAndNullInputBecomeEmpty() {
      assertThat(sanitizer.clean(null, BASE)).isEmpty();
      assertThat(sanitizer.clean("   ", BASE)).isEmpty();
    }
  }

  @Nested
  class Links {

    @Test
    void addsRelNoopenerNoreferrerAndDropsTarget() {
      assertThat(clean("<a href=\"https://x.example/\" target=\"_blank\" rel=\"opener\">x</a>"))
          .isEqualTo("<a href=\"https://x.example/\" rel=\"noopener noreferrer\">x</a>");
    }

    @Test
    void resolvesRelativeLinkAgainstBase() {
      assertThat(clean("<a href=\"other.html\">o</a>"))
          .contains("href=\"https://blog.example/posts/2026/other.html\"");
    }

    @Test
    void resolvesParentDirectoryLink() {
      assertThat(clean("<a href=\"../up\">u</a>"))
          .contains("href=\"https://blog.example/posts/up\"");
    }

    @Test
    void resolvesRootRelativeLink() {
      assertThat(clean("<a href=\"/about\">a</a>")).contains("href=\"https://blog.example/about\"");
    }

    @Test
    void resolvesProtocolRelativeImage() {
      assertThat(clean("<img src=\"//cdn.example/x.png\">"))
          .contains("src=\"https://cdn.example/x.png\"");
    }

    @Test
    void resolvesFragmentOnlyLinkToTheOriginalPage() {
      assertThat(clean("<a href=\"#x\">x</a>"))
          .contains("href=\"https://blog.example/posts/2026/hello.html#x\"");
    }

    @Test
    void keepsMailtoLinks() {
      assertThat(clean("<a href=\"mailto:a@example.org\">m</a>"))
          .contains("href=\"mailto:a@example.org\"");
    }

    @Test
    void dropsRelativeLinksWhenThereIsNoBase() {
      assertThat(sanitizer.clean("<a href=\"/x\">x</a>", null))
          .isEqualTo("<a rel=\"noopener noreferrer\">x</a>");
    }
  }

  @Nested
  class Tracking {

    @Test
    void stripsUtmAndClickIdsKeepingOtherParametersOrderAndFragment() {
      assertThat(
              clean(
                  "<a href=\"https://x.example/p?utm_source=rss&amp;id=7&amp;fbclid=abc&amp;b=2"
                      + "&amp;utm_medium=feed#top\">x</a>"))
          .contains("href=\"https://x.example/p?id=7&amp;b=2#top\"");
    }

    @Test
    void dropsTheQuestionMarkWhenOnlyTrackingParametersWereThere() {
      assertThat(clean("<a href=\"https://x.example/p?gclid=1&amp;mc_cid=2&amp;mc_eid=3\">x</a>"))
          .contains("href=\"https://x.example/p\"");
    }

    @Test
    void stripsTrackingParametersFromImages() {
      assertThat(clean("<img src=\"https://cdn.example/a.png?w=2&amp;utm_campaign=x\">"))
          .contains("src=\"https://cdn.example/a.png?w=2\"");
    }

    @Test
    void removesOneByOnePixel() {
      assertThat(clean("<p>a<img src=\"https://t.example/p.gif\" width=\"1\" height=\"1\">b</p>"))
          .isEqualTo("<p>ab</p>");
    }

    @Test
    void removesFeedburnerCounter() {
      assertThat(clean("<img src=\"http://feeds.feedburner.com/~r/Blog/~4/abc\">")).isEmpty();
    }

    @Test
    void keepsSmallButVisibleImages() {
      assertThat(clean("<img src=\"https://x.example/icon.png\" width=\"16\" height=\"16\">"))
          .contains("<img");
    }
  }
}
