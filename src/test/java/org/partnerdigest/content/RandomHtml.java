package org.partnerdigest.content;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** Seeded tag soup for property tests: the same snippets on every run, so failures reproduce. */
final class RandomHtml {

  private static final List<String> TOKENS =
      List.of(
          "<p>",
          "</p>",
          "<div>",
          "</div>",
          "<b>",
          "</b>",
          "<i>",
          "</i>",
          "<a href=\"x?utm_source=1&id=2\">",
          "<a href=\"javascript:alert(1)\">",
          "</a>",
          "<table>",
          "<tr>",
          "<td>",
          "</td>",
          "</table>",
          "<ul>",
          "<li>",
          "</ul>",
          "<ol>",
          "<img src=\"/i.png\" srcset=\"/i.png 1x, data:a,b 2x\">",
          "<img src=\"t.gif\" width=1 height=1>",
          "<script>",
          "</script>",
          "<style>",
          "</style>",
          "<svg>",
          "</svg>",
          "<math>",
          "<form>",
          "</form>",
          "<select><option>",
          "<textarea>",
          "</textarea>",
          "<noscript>",
          "</noscript>",
          "<template>",
          "<font color=red>",
          "</font>",
          "<h1>",
          "</h1>",
          "<pre>",
          "</pre>",
          "<code>",
          "<blockquote cite=\"/q\">",
          "<br>",
          "<hr>",
          "<!--",
          "-->",
          "<![CDATA[",
          "]]>",
          "&amp;",
          "&",
          "<",
          ">",
          "&lt;",
          "&nbsp;",
          "&#x6A;",
          "\"",
          "'",
          "=",
          " onerror=",
          "word",
          "two words",
          " ",
          "\n",
          "😀",
          "<dl><dt>",
          "<dd>",
          "<caption>",
          "<figure>",
          "<figcaption>",
          "<frameset>",
          "<iframe>",
          "</iframe>",
          "<object>",
          "<base href=/x>",
          "<p title=\"</noscript><b>\">",
          "<span>",
          "</span>",
          "<time datetime=2026>",
          "<table><tbody>",
          "<colgroup>",
          "<th>",
          "<caption>",
          "<q>",
          "<select>",
          "<option>",
          "</select>",
          "<button>",
          "<plaintext>",
          "<xmp>",
          "<listing>",
          "<title>",
          "</title>",
          "<body onload=x>",
          "<html>",
          "<head>");

  private RandomHtml() {}

  static Stream<String> snippets(long seed, int count) {
    Random random = new Random(seed);
    return IntStream.range(0, count).mapToObj(i -> snippet(random));
  }

  private static String snippet(Random random) {
    StringBuilder html = new StringBuilder();
    int length = 1 + random.nextInt(30);
    for (int i = 0; i < length; i++) {
      html.append(TOKENS.get(random.nextInt(TOKENS.size())));
    }
    return html.toString();
  }
}
