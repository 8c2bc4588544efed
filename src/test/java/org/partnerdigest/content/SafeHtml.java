package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * Checks cleaned HTML by structure rather than by substrings: re-parsed, it may hold only allowed
 * elements and attributes, and every URL must be absolute http(s) (or mailto for links).
 */
final class SafeHtml {

  private static final Set<String> ELEMENTS =
      Set.of(
          "p",
          "br",
          "hr",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "pre",
          "code",
          "em",
          "strong",
          "b",
          "i",
          "u",
          "s",
          "sub",
          "sup",
          "small",
          "ul",
          "ol",
          "li",
          "dl",
          "dt",
          "dd",
          "table",
          "thead",
          "tbody",
          "tfoot",
          "tr",
          "th",
          "td",
          "caption",
          "figure",
          "figcaption",
          "img",
          "a",
          "span",
          "div",
          "abbr",
          "cite",
          "q",
          "mark",
          "time",
          "del",
          "ins");

  private static final Set<String> ATTRIBUTES =
      Set.of(
          "title",
          "lang",
          "dir",
          "href",
          "rel",
          "src",
          "srcset",
          "sizes",
          "alt",
          "width",
          "height",
          "loading",
          "cite",
          "datetime",
          "start",
          "reversed",
          "type",
          "value",
          "colspan",
          "rowspan",
          "headers",
          "scope",
          "abbr");

  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

  private SafeHtml() {}

  static void assertSafe(String cleaned) {
    Element body = Jsoup.parseBodyFragment(cleaned).body();
    for (Element element : body.getAllElements()) {
      if (element == body) {
        continue;
      }
      assertThat(ELEMENTS)
          .as("element <%s> in %s", element.tagName(), cleaned)
          .contains(element.normalName());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(Locale.ROOT);
        assertThat(ATTRIBUTES).as("attribute %s in %s", name, cleaned).contains(name);
        if (URL_ATTRIBUTES.contains(name)) {
          assertSafeUrl(attribute.getValue(), name.equals("href"), cleaned);
        }
        if (name.equals("srcset")) {
          for (String candidate : attribute.getValue().split(",\\s+")) {
            assertSafeUrl(candidate.split(" ")[0], false, cleaned);
          }
        }
      }
    }
  }

  private static void assertSafeUrl(String url, boolean mailtoAllowed, String cleaned) {
    String lower = url.toLowerCase(Locale.ROOT);
    boolean web = lower.startsWith("http://") || lower.startsWith("https://");
    boolean mail = mailtoAllowed && lower.startsWith("mailto:");
    assertThat(web || mail).as("URL %s in %s", url, cleaned).isTrue();
  }
}
