package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImageSourcesTests {

  private static final URI BASE = URI.create("https://blog.example/posts/hello.html");

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  private String clean(String html) {
    return sanitizer.clean(html, BASE);
  }

  @Nested
  class Srcset {

    @Test
    void resolvesEveryCandidateKeepingDescriptors() {
      assertThat(
              clean("<img src=\"a.png\" srcset=\"a.png 1x, /b.png 2x,//cdn.example/c.png 640w\">"))
          .contains(
              "srcset=\"https://blog.example/posts/a.png 1x, https://blog.example/b.png 2x,"
                  + " https://cdn.example/c.png 640w\"");
    }

    @Test
    void dropsJavascriptCandidateKeepingSafeOnes() {
      assertThat(clean("<img srcset=\"javascript:a 1x, /ok.png 2x\">"))
          .isEqualTo("<img srcset=\"https://blog.example/ok.png 2x\" loading=\"lazy\">");
    }

    @Test
    void dropsDataCandidateWhoseCommaWouldOtherwiseSplitIt() {
      assertThat(clean("<img src=\"/a.png\" srcset=\"data:image/png;base64,AAAA 1x, /b.png 2x\">"))
          .contains("srcset=\"https://blog.example/b.png 2x\"")
          .doesNotContain("AAAA");
    }

    @Test
    void dropsObfuscatedJavascriptCandidate() {
      assertThat(clean("<img src=\"/a.png\" srcset=\"jav&#x09;ascript:alert(1) 1x\">"))
          .doesNotContain("srcset")
          .doesNotContain("alert");
    }

    @Test
    void dropsSizesWhenNoCandidateIsLeft() {
      assertThat(clean("<img src=\"/a.png\" srcset=\"vbscript:x 1x\" sizes=\"100vw\">"))
          .isEqualTo("<img src=\"https://blog.example/a.png\" loading=\"lazy\">");
    }

    @Test
    void stripsTrackingParametersFromCandidates() {
      assertThat(clean("<img srcset=\"/a.png?utm_source=x&amp;w=2 2x\">"))
          .contains("srcset=\"https://blog.example/a.png?w=2 2x\"");
    }

    @Test
    void dropsCandidatesWithInjectedDescriptors() {
      assertThat(clean("<img src=\"/a.png\" srcset=\"/b.png 2x onerror=alert(1)\">"))
          .doesNotContain("srcset")
          .doesNotContain("onerror");
    }
  }

  @Nested
  class LazyLoading {

    @Test
    void promotesDataSrcOverADataPlaceholder() {
      assertThat(
              clean("<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/real.jpg\" alt=\"r\">"))
          .isEqualTo("<img src=\"https://blog.example/real.jpg\" alt=\"r\" loading=\"lazy\">");
    }

    @Test
    void promotesDataSrcsetWhenThereIsNoSrcset() {
      assertThat(clean("<img data-src=\"/r.jpg\" data-srcset=\"/r.jpg 1x, /r2.jpg 2x\">"))
          .contains("srcset=\"https://blog.example/r.jpg 1x, https://blog.example/r2.jpg 2x\"");
    }

    @Test
    void keepsARealSrcOverDataSrc() {
      assertThat(clean("<img src=\"/shown.jpg\" data-src=\"/other.jpg\">"))
          .contains("src=\"https://blog.example/shown.jpg\"")
          .doesNotContain("other");
    }

    @Test
    void checksPromotedUrlsLikeAnyOther() {
      assertThat(clean("<p>x<img data-src=\"javascript:alert(1)\"></p>")).isEqualTo("<p>x</p>");
    }

    @Test
    void dropsTheNoscriptCopyOfALazyImage() {
      assertThat(clean("<img data-src=\"/r.jpg\"><noscript><img src=\"/r.jpg\"></noscript>"))
          .isEqualTo("<img src=\"https://blog.example/r.jpg\" loading=\"lazy\">");
    }

    @Test
    void unwrapsOtherNoscriptContent() {
      assertThat(clean("<noscript><p>Enable nothing; read on.</p></noscript>"))
          .isEqualTo("<p>Enable nothing; read on.</p>");
    }
  }

  @Test
  void removesImagesWithoutAUsableSource() {
    assertThat(clean("<p>a<img src=\"javascript:alert(1)\" alt=\"x\">b<img alt=\"none\"></p>"))
        .isEqualTo("<p>ab</p>");
  }
}
