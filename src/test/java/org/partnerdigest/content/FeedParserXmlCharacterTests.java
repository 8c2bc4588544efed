package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, defect 5 (ingest side): no stored field holds a character XML 1.0 cannot carry, however
 * it arrived: raw bytes, references only the HTML parser decodes, JSON escapes.
 */
class FeedParserXmlCharacterTests {

  private final FeedParser parser = new FeedParser();

  /** Written independently of {@link XmlCharacters}, from XML 1.0 §2.2. */
  private static boolean isXmlText(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)
          || (c < 0x20 && c != '\t' && c != '\n' && c != '\r')
          || c == 0xFFFE
          || c == 0xFFFF) {
        return false;
      }
    }
    return true;
  }

  private static List<String> everyField(ParsedFeed feed) {
    List<String> fields = new ArrayList<>();
    ParsedFeed.FeedInfo f = feed.feed();
    fields.addAll(List.of(nn(f.title()), nn(f.link()), nn(f.description()), nn(f.author())));
    for (ParsedEntry e : feed.entries()) {
      fields.addAll(
          List.of(
              nn(e.guid()),
              nn(e.title()),
              nn(e.link()),
              nn(e.author()),
              nn(e.summary()),
              nn(e.content()),
              nn(e.text()),
              nn(e.excerpt())));
      fields.addAll(e.categories());
    }
    return fields;
  }

  private static String nn(String s) {
    return s == null ? "" : s;
  }

  @Test
  void rssFieldsHoldOnlyCharactersXmlCanCarry() throws Exception {
    ParsedFeed feed =
        parser.parse(Fixtures.document("xmlchars/rss-control-characters-everywhere.xml"));

    assertThat(everyField(feed)).allSatisfy(s -> assertThat(isXmlText(s)).as(s).isTrue());
    ParsedEntry entry = feed.entries().getFirst();
    assertThat(feed.feed().title()).isEqualTo("Raw [31mred[0m feed");
    assertThat(entry.title()).startsWith("Title [2J cleared");
    assertThat(entry.author()).isEqualTo("Ann Author");
    assertThat(entry.categories()).containsExactly("category", "rawcategory");
    assertThat(entry.link()).isEqualTo("https://partners.example.com/ab");
    assertThat(entry.guid()).isEqualTo("guid-one");
    assertThat(entry.content()).contains("content").contains("raw");
  }

  @Test
  void jsonFeedStringsLoseNulEscNoncharactersAndLoneSurrogates() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("xmlchars/jsonfeed-control-characters.json"));

    assertThat(everyField(feed)).allSatisfy(s -> assertThat(isXmlText(s)).as(s).isTrue());
    ParsedEntry first = feed.entries().get(0);
    assertThat(feed.feed().title()).isEqualTo("JSON feed [1mbold");
    assertThat(first.title()).isEqualTo("Title lone low 😀 pair");
    assertThat(first.author()).isEqualTo("Ann Author");
    assertThat(first.link()).isEqualTo("https://partners.example.com/one");
    assertThat(first.categories()).containsExactly("tag");
    assertThat(first.summary()).isEqualTo("summary");
    assertThat(first.content()).startsWith("<p>content");
    assertThat(feed.entries().get(1).content()).isEqualTo("<p>lineone</p><p>line two</p>");
  }
}
