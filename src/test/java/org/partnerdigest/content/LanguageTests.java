package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Languages: the feed's from its {@code language} element, else its {@code xml:lang}, else the HTTP
 * {@code Content-Language}; an entry's from the {@code xml:lang} in scope at its text, else the
 * feed's.
 */
class LanguageTests {

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String fixture, String contentLanguage) throws FeedParseException {
    return parser.parse(
        new FeedDocument(
            Fixtures.bytes(fixture), null, Fixtures.LOCATION, "test-feed", contentLanguage, null));
  }

  @Nested
  class XmlLang {

    @Test
    void anEntryWithoutXmlLangHasTheFeeds() throws Exception {
      ParsedFeed feed = parse("xml-lang-inheritance.xml", null);

      assertThat(feed.feed().language()).isEqualTo("fr");
      assertThat(feed.entries().get(0).language()).isEqualTo("fr");
    }

    @Test
    void anEntrysOwnXmlLangWins() throws Exception {
      assertThat(parse("xml-lang-inheritance.xml", null).entries().get(1).language())
          .isEqualTo("de");
    }

    @Test
    void theXmlLangOfTheContentIsTheEntrysLanguage() throws Exception {
      assertThat(parse("xml-lang-inheritance.xml", null).entries().get(2).language())
          .isEqualTo("en-GB");
    }

    @Test
    void anEmptyXmlLangMeansUnknown() throws Exception {
      assertThat(parse("xml-lang-inheritance.xml", null).entries().get(3).language()).isNull();
    }
  }

  @Test
  void rssLanguageIsEveryItemsUnlessAnXmlLangSaysOtherwise() throws Exception {
    ParsedFeed feed = parse("rss-language-element.xml", null);

    assertThat(feed.feed().language()).isEqualTo("en-us");
    assertThat(feed.entries()).extracting(ParsedEntry::language).containsExactly("en-us", "es");
  }

  @Nested
  class ContentLanguageHeader {

    @Test
    void isTheLanguageOfAFeedThatDeclaresNone() throws Exception {
      ParsedFeed feed = parse("rss-authors-items.xml", "de-AT, en");

      assertThat(feed.feed().language()).isEqualTo("de-AT");
      assertThat(feed.entries()).extracting(ParsedEntry::language).containsOnly("de-AT");
    }

    @Test
    void losesToTheFeedsOwnLanguage() throws Exception {
      List<String> languages =
          parse("rss-language-element.xml", "de").entries().stream()
              .map(ParsedEntry::language)
              .toList();

      assertThat(languages).containsExactly("en-us", "es");
    }

    @Test
    void isIgnoredWhenItIsNotALanguageTag() throws Exception {
      assertThat(parse("rss-authors-items.xml", "<script>").feed().language()).isNull();
    }
  }
}
