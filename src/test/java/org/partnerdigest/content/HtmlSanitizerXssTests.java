package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Filter-evasion vectors in the style of the OWASP XSS cheat sheet; none may survive cleaning. */
class HtmlSanitizerXssTests {

  private static final URI BASE = URI.create("https://blog.example/posts/hello.html");

  private static final String[] FORBIDDEN = {
    "<script",
    "javascript:",
    "vbscript:",
    "onerror",
    "onload",
    "onclick",
    "onmouseover",
    "<iframe",
    "<svg",
    "<math",
    "<style",
    "<object",
    "<embed",
    "<form",
    "<base",
    "<meta",
    "<link",
    "data:",
    "srcdoc",
    "xlink",
    "expression(",
    "style="
  };

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<SCRIPT SRC=http://xss.example/xss.js></SCRIPT>",
        "<img src=x onerror=alert(1)>",
        "<IMG SRC=\"javascript:alert('XSS');\">",
        "<IMG SRC=JaVaScRiPt:alert('XSS')>",
        "<a href=\"jAvAsCrIpT:alert(1)\">x</a>",
        "<a href=\"java&#x0A;script:alert(1)\">x</a>",
        "<a href=\"java&#x09;script:alert(1)\">x</a>",
        "<a href=\"java&#x0D;script:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)\">x</a>",
        "<a href=\" &#14;  javascript:alert(1)\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<iframe src=\"https://evil.example/\"></iframe>",
        "<img srcset=\"javascript:a 1x, /ok.png 2x\">",
        "<img src=\"/a.png\" srcset=\"data:image/png;base64,AAA, 1x\">",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<base href=\"javascript:alert(1)//\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<link rel=stylesheet href=\"javascript:alert(1)\">",
        "<form action=\"https://evil.example/\"><input type=submit></form>",
        "<button formaction=\"javascript:alert(1)\">x</button>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<p onmouseover=\"alert(1)\">hover</p>",
        "<body onload=alert(1)>",
        "<<script>alert(1)//<</script>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img \"\"\"><script>alert(1)</script>\">",
        "<a href=\"  javascript:alert(1)\">x</a>",
        "<blockquote cite=\"javascript:alert(1)\">q</blockquote>",
        "<!--[if gte IE 4]><script>alert(1)</script><![endif]-->",
        "<template><script>alert(1)</script></template>",
        "<table background=\"javascript:alert(1)\"><tr><td>x</td></tr></table>",
        "<video><source onerror=\"alert(1)\"></video>",
        "<details open ontoggle=alert(1)>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\"\u0001\u001bjavascript:alert(1)\">x</a>",
        "<a href=\"&#106;avascript:alert(1)\">x</a>",
        "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
        "<img src=\"  javascript:alert(1)\">",
        "<q cite=\"vbscript:msgbox(1)\">q</q>",
      })
  void leavesNothingExecutable(String vector) {
    String cleaned = sanitizer.clean(vector, BASE);
    String lower = cleaned.toLowerCase(Locale.ROOT);
    for (String forbidden : FORBIDDEN) {
      assertThat(lower).as("%s -> %s", vector, cleaned).doesNotContain(forbidden);
    }
    SafeHtml.assertSafe(cleaned);
  }

  @Test
  void dropsFileAndOtherNonWebUrls() {
    String cleaned =
        sanitizer.clean(
            "<a href=\"file:///etc/passwd\">f</a><a href=\"ftp://x.example/\">g</a>"
                + "<img src=\"file:///srv/a.png\" alt=\"a\"><a href=\"mailto:a@example.org\">m</a>",
            BASE);

    assertThat(cleaned)
        .doesNotContain("file:", "ftp:")
        .contains(">f</a>", ">g</a>")
        .contains("href=\"mailto:a@example.org\"");
  }

  @Test
  void relativeUrlsWithoutAWebBaseAreDroppedNotMadeFileUrls() {
    String cleaned =
        sanitizer.clean(
            "<a href=\"/x\">x</a><img src=\"a.png\" srcset=\"b.png 2x\">",
            URI.create("file:/srv/feeds/local.xml"));

    assertThat(cleaned).doesNotContain("file:", "href=", "<img").contains(">x</a>");
  }

  /** Mutation XSS: the payload must stay text inside the attribute, not become an element. */
  @Test
  void keepsNoscriptAttributeBreakoutAsInertText() {
    String cleaned =
        sanitizer.clean(
            "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", BASE);
    assertThat(cleaned)
        .isEqualTo("<p title=\"&lt;/noscript&gt;&lt;img src=x onerror=alert(1)&gt;\"></p>");
  }
}
