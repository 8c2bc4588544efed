package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Atom text constructs (RFC 4287, 3.1; Atom 0.3's type and mode) read as their authors wrote. */
class AtomTextConstructTests {

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String fixture) throws FeedParseException {
    return parser.parse(Fixtures.document(fixture));
  }

  @Nested
  class Base64 {

    @Test
    void decodesAtom03Base64TitlesAndContentByTheirType() throws Exception {
      ParsedFeed feed = parse("atom-base64-content.xml");

      assertThat(feed.feed().title()).isEqualTo("Partner <Program> News");
      assertThat(feed.feed().description()).isEqualTo("Updates for partners");
      ParsedEntry entry = feed.entries().getFirst();
      assertThat(entry.title()).isEqualTo("Tiers & benefits");
      assertThat(entry.summary()).isEqualTo("Use &lt;b&gt; for bold");
      assertThat(entry.content()).isEqualTo("<p>Renewal dates for <b>2026</b> &amp; later</p>");
    }

    @Test
    void decodesAtom10Base64TextAndNeverShowsBinary() throws Exception {
      List<ParsedEntry> entries = parse("atom10-base64-content.xml").entries();

      assertThat(entries.get(0).content()).isEqualTo("Example &lt;b&gt;Atom&lt;/b&gt;");
      assertThat(entries.get(1).content()).isEqualTo("<p>History of the &lt;blink&gt; tag</p>");
      assertThat(entries.get(2).content()).isNull();
      assertThat(entries.get(2).title()).isEqualTo("A binary attachment");
    }
  }

  @Test
  void readsAtomUnderAPrefixedNamespaceLikeAnyOther() throws Exception {
    ParsedFeed feed = parse("atom-prefixed-namespace.xml");

    assertThat(feed.format()).isEqualTo("atom_1.0");
    assertThat(feed.feed().title()).isEqualTo("Prefixed partner feed");
    assertThat(feed.feed().description()).isEqualTo("News <for> partners");
    assertThat(feed.feed().id()).isEqualTo("urn:example:prefixed");
    ParsedEntry entry = feed.entries().getFirst();
    assertThat(entry.title()).isEqualTo("Renewal guide");
    assertThat(entry.author()).isEqualTo("Prefixed Author");
    assertThat(entry.content())
        .startsWith("<p>Body with <a href=\"https://prefixed.example.com/more\"")
        .endsWith("a link</a></p>");
  }

  @Test
  void turnsOutOfLineContentIntoALink() throws Exception {
    List<ParsedEntry> entries = parse("atom-content-src.xml").entries();

    ParsedEntry onlySrc = entries.get(0);
    assertThat(onlySrc.link()).isEqualTo("https://src.example.com/posts/renewals.html");
    assertThat(onlySrc.content())
        .contains("href=\"https://src.example.com/posts/renewals.html\"")
        .contains(">https://src.example.com/posts/renewals.html</a>");
    assertThat(onlySrc.summary()).isEqualTo("The whole text is elsewhere.");
    ParsedEntry withAlternate = entries.get(1);
    assertThat(withAlternate.link()).isEqualTo("https://src.example.com/entry-2");
    assertThat(withAlternate.content()).contains("https://files.example.com/guide.pdf");
  }

  @Nested
  class Types {

    @Test
    void escapesTextSoItsAngleBracketsStayCharacters() throws Exception {
      ParsedFeed feed = parse("atom-text-types.xml");

      assertThat(feed.feed().title()).isEqualTo("AT&T <Partners>");
      ParsedEntry text = feed.entries().get(0);
      assertThat(text.summary()).isEqualTo("Use &lt;b&gt; for bold");
      assertThat(text.content()).isEqualTo("History of the &lt;blink&gt; tag");
    }

    @Test
    void keepsHtmlAndXhtmlAsMarkupWithoutTheXhtmlWrapper() throws Exception {
      List<ParsedEntry> entries = parse("atom-text-types.xml").entries();

      assertThat(entries.get(0).title()).isEqualTo("Tiers & benefits");
      ParsedEntry xhtml = entries.get(1);
      assertThat(xhtml.title()).isEqualTo("History of the <blink> tag");
      assertThat(xhtml.summary()).isEqualTo("<p>Escaped <em>HTML</em></p>");
      assertThat(xhtml.content()).isEqualTo("<p>Inline <b>XHTML</b> &amp; more</p>");
    }

    @Test
    void readsNakedMarkupAsMarkupNotAsTextEscapedTwice() throws Exception {
      ParsedEntry naked = parse("atom-text-types.xml").entries().get(2);

      assertThat(naked.title()).isEqualTo("Naked markup");
      assertThat(naked.summary()).isEqualTo("Naked <b>markup</b> in a text summary");
    }

    @Test
    void keepsTheEscapedHtmlOfAnHtmlConstructWrappedInADiv() throws Exception {
      ParsedEntry wrapped = parse("atom-text-types.xml").entries().get(2);

      assertThat(wrapped.content()).isEqualTo("Example <b>Atom</b>");
    }
  }
}
