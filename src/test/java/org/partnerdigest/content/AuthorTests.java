package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Authors as each format names them: Atom {@code author/name}, RSS {@code author}, {@code
 * dc:creator}, {@code dc:author}, {@code itunes:author}, and {@code managingEditor} for a channel.
 */
class AuthorTests {

  private final FeedParser parser = new FeedParser();

  private ParsedFeed parse(String fixture) throws FeedParseException {
    return parser.parse(Fixtures.document(fixture));
  }

  @Test
  void readsEachItemLevelAuthorElementAsAName() throws Exception {
    assertThat(parse("rss-authors-items.xml").entries())
        .extracting(ParsedEntry::author)
        .containsExactly("Alex Writer", "Dana Creator", "Drew Author", "Sam Name");
  }

  @Test
  void readsAChannelsAuthorFromDublinCoreBeforeItunesAndTheManagingEditor() throws Exception {
    ParsedFeed feed = parse("rss-authors-channel.xml");

    assertThat(feed.feed().author()).isEqualTo("Dana Creator");
    assertThat(feed.entries().getFirst().author()).isNull();
  }

  @Test
  void readsItunesAuthorsOfPodcastsAndEpisodes() throws Exception {
    ParsedFeed feed = parse("rss-authors-itunes.xml");

    assertThat(feed.feed().author()).isEqualTo("Ira Podcaster");
    assertThat(feed.entries().getFirst().author()).isEqualTo("Guest Speaker");
  }

  @Test
  void fallsBackToTheManagingEditorsName() throws Exception {
    ParsedFeed feed = parse("rss20-basic.xml");

    assertThat(feed.feed().author()).isEqualTo("Pat Editor");
  }

  @Test
  void takesTheNameOfAnAtomPersonAndGivesAuthorlessEntriesTheFeeds() throws Exception {
    ParsedFeed feed = parse("atom-authors.xml");

    assertThat(feed.feed().author()).isEqualTo("Feed Author");
    assertThat(feed.entries())
        .extracting(ParsedEntry::author)
        .containsExactly("Entry Author", "Feed Author");
  }
}
