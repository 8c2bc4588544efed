package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one check links from stored data pass before the site, the API or an output emits them. */
class HttpLinksTests {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/post",
        "http://127.0.0.1:8080/a?b=c#d",
        "HTTPS://EXAMPLE.COM/",
        "https://user@example.com/café",
        "https://my_host.example.com/post"
      })
  void keepsAbsoluteHttpLinks(String link) {
    assertThat(HttpLinks.only(link)).isEqualTo(link);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "java\nscript:alert(1)",
        "\u0001javascript:alert(1)",
        "javascript://example.com/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "file:/blog/post",
        "file:///etc/passwd",
        "mailto:someone@example.com",
        "/blog/post",
        "//example.com/post",
        "blog/post",
        "http:example.com",
        "http:///path",
        "https://exa mple.com/",
        "https://example.com/\u0085",
        "https://[bad",
        ""
      })
  void refusesEverythingElse(String link) {
    assertThat(HttpLinks.only(link)).isNull();
  }

  @Test
  void nullStaysNull() {
    assertThat(HttpLinks.only(null)).isNull();
  }
}
