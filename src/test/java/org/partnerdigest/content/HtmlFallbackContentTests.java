package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

/**
 * Text that HTML shows although an active element around or before it is removed: the fallback
 * content of plugins, and what follows an XML-style self-closed raw-text element.
 */
class HtmlFallbackContentTests {

  private static final URI BASE = URI.create("https://blog.example/posts/hello.html");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  @Test
  void keepsTheFallbackContentOfAnObjectAndDropsThePlugin() {
    String cleaned =
        sanitizer.clean(
            "<object data=\"https://evil.example/x.swf\"><param name=\"movie\" value=\"x.swf\">"
                + "<embed src=\"x.swf\"><p>Watch the <b>keynote</b></p></object>",
            BASE);

    assertThat(cleaned).isEqualTo("<p>Watch the <b>keynote</b></p>");
  }

  @Test
  void keepsTheFallbackOfAnUnclosedObjectInATitle() {
    assertThat(sanitizer.plainTitle("safe<object classid=\"clsid:x\"> description"))
        .isEqualTo("safe description");
  }

  @Test
  void keepsTheTextAfterASelfClosedIframe() {
    assertThat(sanitizer.clean("safe<iframe src=\"https://example.com/\"/> description", BASE))
        .isEqualTo("safe description");
  }

  @Test
  void stillRemovesAScriptWrittenSelfClosed() {
    String cleaned = sanitizer.clean("<p>a<script src=\"https://evil.example/x.js\"/>b</p>", BASE);

    assertThat(cleaned).isEqualTo("<p>ab</p>");
  }

  @Test
  void leavesAnIframeWithContentToBeRemovedWhole() {
    assertThat(sanitizer.clean("a<iframe src=\"https://example.com/\">inner</iframe>b", BASE))
        .isEqualTo("ab");
  }
}
