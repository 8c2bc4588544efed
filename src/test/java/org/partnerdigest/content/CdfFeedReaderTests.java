package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Channel Definition Format: a {@code CHANNEL} of {@code ITEM}s, read as a feed. */
class CdfFeedReaderTests {

  private final FeedParser parser = new FeedParser();

  @Test
  void readsTheChannelsTitleAbstractLinkAndLastModified() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("cdf-channel.cdf"));

    assertThat(feed.format()).isEqualTo("cdf");
    assertThat(feed.recovered()).isFalse();
    assertThat(feed.feed().title()).isEqualTo("Partner channel");
    assertThat(feed.feed().description()).isEqualTo("Program news as a CDF channel");
    assertThat(feed.feed().link()).isEqualTo("https://cdf.example.com/");
    assertThat(feed.feed().updated()).isEqualTo(Instant.parse("2004-04-07T04:05:43Z"));
  }

  @Test
  void readsItemsWhateverTheCaseOfTheirNames() throws Exception {
    ParsedFeed feed = parser.parse(Fixtures.document("cdf-channel.cdf"));

    assertThat(feed.entries()).hasSize(2);
    ParsedEntry first = feed.entries().get(0);
    assertThat(first.title()).isEqualTo("Renewals");
    assertThat(first.link()).isEqualTo("https://cdf.example.com/news/renewals.html");
    assertThat(first.updated()).isEqualTo(Instant.parse("2004-04-05T10:00:00Z"));
    assertThat(first.summary()).isEqualTo("When &lt;b&gt;renewals&lt;/b&gt; are due");
    ParsedEntry second = feed.entries().get(1);
    assertThat(second.title()).isEqualTo("Tiers");
    assertThat(second.link()).isEqualTo("https://cdf.example.com/news/tiers.html");
    assertThat(first.id()).isNotEqualTo(second.id());
  }
}
