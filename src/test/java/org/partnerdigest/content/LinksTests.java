package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one link policy: absolute http(s) or nothing; never script, data or file. */
class LinksTests {

  private static final URI WEB_BASE = URI.create("https://partners.example.com/blog/feed.xml");
  private static final URI FILE_BASE = URI.create("file:/srv/feeds/local.xml");

  @Nested
  class RefusedSchemes {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
          "vbscript:msgbox(1)",
          "java\tscript:alert(1)",
          "java\nscript:alert(1)",
          "java\r\nscript:alert(1)",
          "  javascript:alert(1)",
          "\u0001\u001bjavascript:alert(1)",
          "javascript\u0000:alert(1)",
          "\u00a0javascript:alert(1)",
          "file:///etc/passwd",
          "FILE:/blog/post",
          "ftp://files.example.com/x",
          "mailto:someone@example.com",
          "about:blank",
          "http:no-authority",
          "https://",
        })
    void refusesEveryLinkThatIsNotAbsoluteHttp(String link) {
      assertThat(Links.absolute(link, WEB_BASE)).isNull();
      assertThat(Links.absolute(link, FILE_BASE)).isNull();
      assertThat(Links.web(link, WEB_BASE)).isNull();
    }

    @Test
    void ignoresAnXmlBaseOfAnotherScheme() {
      URI base = Links.base(WEB_BASE, "javascript:alert(1)//");

      assertThat(base).isEqualTo(WEB_BASE);
      assertThat(Links.absolute("post", base)).isEqualTo("https://partners.example.com/blog/post");
    }
  }

  @Nested
  class WebLinks {

    @Test
    void keepsHttpAndHttpsLinks() {
      assertThat(Links.absolute("http://partners.example.com/a?b=c#d", WEB_BASE))
          .isEqualTo("http://partners.example.com/a?b=c#d");
      assertThat(Links.absolute("HTTPS://Partners.example.com/a", null))
          .isEqualTo("HTTPS://Partners.example.com/a");
    }

    @Test
    void resolvesRelativeLinksAgainstTheBase() {
      assertThat(Links.absolute("../renewals", WEB_BASE))
          .isEqualTo("https://partners.example.com/renewals");
      assertThat(Links.absolute("//cdn.example.com/x", WEB_BASE))
          .isEqualTo("https://cdn.example.com/x");
      assertThat(Links.absolute("post", URI.create("https://partners.example.com")))
          .isEqualTo("https://partners.example.com/post");
    }

    @Test
    void readsALinkAsABrowserDoes() {
      assertThat(Links.absolute("  https://partners.example.com/a\n", null))
          .isEqualTo("https://partners.example.com/a");
      assertThat(Links.absolute("https://partners.example.com/re\tnew", null))
          .isEqualTo("https://partners.example.com/renew");
    }

    @Test
    void percentEncodesCharactersAUriCannotHoldRaw() {
      assertThat(Links.absolute("https://partners.example.com/a b/\"c\"?q=100%", null))
          .isEqualTo("https://partners.example.com/a%20b/%22c%22?q=100%25");
    }
  }

  @Nested
  class NeverFile {

    @Test
    void relativeLinkUnderAFileLocationIsNotMadeAFileUrl() {
      String relative = Links.absolute("/blog/post", FILE_BASE);

      assertThat(relative).isEqualTo("/blog/post");
      assertThat(Links.web(relative, null)).isNull();
    }

    @Test
    void relativeLinkUnderAFileLocationResolvesAgainstAWebChannelLink() {
      String relative = Links.absolute("/blog/post", FILE_BASE);

      assertThat(Links.web(relative, URI.create("https://partners.example.com/")))
          .isEqualTo("https://partners.example.com/blog/post");
    }

    @Test
    void relativeXmlBaseUnderAFileLocationStaysRelativeUntilAWebBaseComes() {
      URI base = Links.base(FILE_BASE, "/blog/");
      String relative = Links.absolute("post", base);

      assertThat(base.isAbsolute()).isFalse();
      assertThat(Links.web(relative, URI.create("https://partners.example.com/")))
          .isEqualTo("https://partners.example.com/blog/post");
    }

    @Test
    void sampleDocumentsAreNoBaseEither() {
      assertThat(Links.web(Links.absolute("post", URI.create("sample:notes.xml")), null)).isNull();
    }

    @Test
    void theHtmlBaseIsTheEntryBaseOrTheWebFallbackNeverAFile() {
      URI channel = URI.create("https://partners.example.com/");

      assertThat(Links.webBase(FILE_BASE, channel)).isEqualTo(channel);
      assertThat(Links.webBase(URI.create("/blog/"), channel))
          .isEqualTo(URI.create("https://partners.example.com/blog/"));
      assertThat(Links.webBase(FILE_BASE, null)).isNull();
      assertThat(Links.webBase(WEB_BASE, channel)).isEqualTo(WEB_BASE);
    }
  }
}
