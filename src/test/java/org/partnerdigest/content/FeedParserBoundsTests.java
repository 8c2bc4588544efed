package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Issue 7, defect 6: every stored field is bounded by {@link FieldLimits}, cut at a character
 * boundary, HTML still sanitized and well-formed, and the entry noted {@link EntryNote#TRUNCATED}.
 */
class FeedParserBoundsTests {

  private final FeedParser parser = new FeedParser();
  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  /** An RSS document whose first item has {@code itemXml} and whose second item is ordinary. */
  private ParsedFeed parse(String channelXml, String itemXml) throws Exception {
    String xml =
        "<rss version=\"2.0\"><channel><title>t</title><link>https://partners.example.com/</link>"
            + channelXml
            + "<item>"
            + itemXml
            + "</item><item><title>Ordinary</title><guid>ordinary</guid>"
            + "<link>https://partners.example.com/ordinary</link>"
            + "<description>&lt;p&gt;fine&lt;/p&gt;</description></item></channel></rss>";
    return parser.parse(Fixtures.document(xml.getBytes(StandardCharsets.UTF_8), null));
  }

  private static String repeat(String s, int times) {
    return s.repeat(times);
  }

  @Test
  void aTenMegabyteTitleIsCutToItsLimitAndNoted() throws Exception {
    ParsedFeed feed = parse("", "<title>" + repeat("Renewal ", 1_310_720) + "</title>");

    ParsedEntry entry = feed.entries().getFirst();
    assertThat(entry.title()).hasSizeLessThanOrEqualTo(FieldLimits.TITLE).endsWith("…");
    assertThat(entry.title()).startsWith("Renewal Renewal");
    assertThat(entry.notes()).containsExactly(EntryNote.TRUNCATED);
    assertThat(feed.entries().get(1).notes()).isEmpty();
  }

  @Test
  void fieldsWithinTheirLimitsAreKeptWholeWithoutANote() throws Exception {
    String title = repeat("x", FieldLimits.TITLE);
    ParsedEntry entry = parse("", "<title>" + title + "</title>").entries().getFirst();

    assertThat(entry.title()).isEqualTo(title);
    assertThat(entry.notes()).isEmpty();
  }

  @Test
  void aCutNeverSplitsASurrogatePair() throws Exception {
    String title = repeat("a", FieldLimits.TITLE - 2) + repeat("😀", 20);
    ParsedEntry entry = parse("", "<title>" + title + "</title>").entries().getFirst();

    assertThat(entry.title()).hasSizeLessThanOrEqualTo(FieldLimits.TITLE).endsWith("…");
    assertThat(XmlCharacters.strip(entry.title())).isEqualTo(entry.title());
  }

  @Test
  void oversizedContentIsCutAndStaysSanitizedAndWellFormed() throws Exception {
    String html =
        IntStream.range(0, 20_000)
            .mapToObj(
                i ->
                    "<div><p><b>Part "
                        + i
                        + "</b> with <a href=\"/p/"
                        + i
                        + "\">a link</a> and <em>emphasis</em></p></div>")
            .collect(Collectors.joining());
    ParsedEntry entry =
        parse("", "<title>Long</title><description><![CDATA[" + html + "]]></description>")
            .entries()
            .getFirst();

    assertThat(entry.summary()).hasSizeLessThanOrEqualTo(FieldLimits.SUMMARY).startsWith("<div>");
    assertThat(entry.summary()).endsWith("</div>");
    SafeHtml.assertSafe(entry.summary());
    assertThat(sanitizer.clean(entry.summary(), null)).isEqualTo(entry.summary());
    assertThat(entry.text()).startsWith("Part 0 with a link");
    assertThat(entry.notes()).containsExactly(EntryNote.TRUNCATED);
  }

  @Test
  void contentHasItsOwnLargerLimit() throws Exception {
    String paragraph = "<p>" + repeat("word ", 40) + "</p>";
    String html = repeat(paragraph, (FieldLimits.CONTENT / paragraph.length()) + 500);
    String xml =
        "<title>Long</title><content:encoded xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">"
            + "<![CDATA["
            + html
            + "]]></content:encoded>";
    ParsedEntry entry = parse("", xml).entries().getFirst();

    assertThat(entry.content())
        .hasSizeLessThanOrEqualTo(FieldLimits.CONTENT)
        .hasSizeGreaterThan(FieldLimits.CONTENT - paragraph.length() * 2)
        .endsWith("</p>");
    assertThat(entry.text().length()).isLessThanOrEqualTo(FieldLimits.CONTENT);
    assertThat(entry.notes()).containsExactly(EntryNote.TRUNCATED);
  }

  @Nested
  class SmallFields {

    @Test
    void authorIsCut() throws Exception {
      ParsedEntry entry =
          parse("", "<title>a</title><author>" + repeat("Ann ", 100) + "</author>")
              .entries()
              .getFirst();

      assertThat(entry.author()).hasSizeLessThanOrEqualTo(FieldLimits.AUTHOR).endsWith("…");
      assertThat(entry.notes()).containsExactly(EntryNote.TRUNCATED);
    }

    @Test
    void eachCategoryIsCutAndTheirNumberBounded() throws Exception {
      String categories =
          IntStream.range(0, 80)
              .mapToObj(i -> "<category>topic " + i + "</category>")
              .collect(Collectors.joining());
      ParsedEntry many = parse("", "<title>a</title>" + categories).entries().getFirst();
      ParsedEntry longOne =
          parse("", "<title>a</title><category>" + repeat("c", 500) + "</category>")
              .entries()
              .getFirst();

      assertThat(many.categories()).hasSize(FieldLimits.CATEGORIES).startsWith("topic 0");
      assertThat(many.notes()).containsExactly(EntryNote.TRUNCATED);
      assertThat(longOne.categories().getFirst()).hasSize(FieldLimits.CATEGORY).endsWith("…");
    }

    @Test
    void duplicateCategoriesDoNotCountTowardsTheLimit() throws Exception {
      String categories = repeat("<category>same</category>", 120);
      ParsedEntry entry = parse("", "<title>a</title>" + categories).entries().getFirst();

      assertThat(entry.categories()).containsExactly("same");
      assertThat(entry.notes()).isEmpty();
    }

    @Test
    void anOverlongLinkIsDroppedNotCut() throws Exception {
      String link = "https://partners.example.com/" + repeat("a", FieldLimits.LINK);
      ParsedEntry entry =
          parse("", "<title>a</title><guid>g</guid><link>" + link + "</link>").entries().getFirst();

      assertThat(entry.link()).isNull();
      assertThat(entry.notes()).containsExactly(EntryNote.TRUNCATED);
    }

    @Test
    void anOverlongGuidIsCutButStillIdentifiesTheEntry() throws Exception {
      String prefix = repeat("g", FieldLimits.GUID + 10);
      ParsedFeed one = parse("", "<title>a</title><guid>" + prefix + "1</guid>");
      ParsedFeed two = parse("", "<title>a</title><guid>" + prefix + "2</guid>");

      assertThat(one.entries().getFirst().guid()).hasSizeLessThanOrEqualTo(FieldLimits.GUID);
      assertThat(one.entries().getFirst().id()).isNotEqualTo(two.entries().getFirst().id());
    }

    @Test
    void feedLevelFieldsAreBoundedToo() throws Exception {
      ParsedFeed feed =
          parse("<description>" + repeat("d", FieldLimits.SUMMARY + 100) + "</description>", "");

      assertThat(feed.feed().description()).hasSizeLessThanOrEqualTo(FieldLimits.SUMMARY);
    }
  }
}
