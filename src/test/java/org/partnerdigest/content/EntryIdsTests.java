package org.partnerdigest.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Entry identity: guid, else link, else title and date; stable across fetches. */
class EntryIdsTests {

  private final FeedParser parser = new FeedParser();

  @Test
  void repeatedGuidsFallBackToLinksSoPostsDoNotCollapse() throws Exception {
    List<ParsedEntry> entries = parser.parse(Fixtures.document("duplicate-guids.xml")).entries();

    assertThat(entries).extracting(ParsedEntry::id).doesNotHaveDuplicates();
    assertThat(entries.get(0).id()).isEqualTo(EntryIds.id("test-feed", "link:https://x.example/1"));
    assertThat(entries.get(1).id()).isEqualTo(EntryIds.id("test-feed", "link:https://x.example/2"));
    assertThat(entries.get(2).id()).isEqualTo(EntryIds.id("test-feed", "guid:unique"));
    assertThat(entries.get(3).id())
        .isEqualTo(EntryIds.id("test-feed", "title:No ids|2025-06-03T09:30:00Z"));
  }

  @Test
  void theSamePostSeenTwiceKeepsItsId() throws Exception {
    ParsedFeed first = parser.parse(Fixtures.document("rss20-basic.xml"));
    ParsedFeed second = parser.parse(Fixtures.document("rss20-basic.xml"));

    assertThat(second.entries())
        .extracting(ParsedEntry::id)
        .containsExactlyElementsOf(first.entries().stream().map(ParsedEntry::id).toList());
    assertThat(second.entries())
        .extracting(ParsedEntry::contentHash)
        .containsExactlyElementsOf(first.entries().stream().map(ParsedEntry::contentHash).toList());
  }

  @Test
  void idsDependOnTheFeed() {
    assertThat(EntryIds.id("a", "guid:1")).isNotEqualTo(EntryIds.id("b", "guid:1"));
    assertThat(EntryIds.id("a", "guid:1")).hasSize(16).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void contentHashChangesWhenAVisibleFieldChanges() {
    Instant when = Instant.parse("2025-01-01T00:00:00Z");
    String base = EntryIds.contentHash("t", "l", "a", when, null, "s", "c", List.of("x"));

    assertThat(EntryIds.contentHash("t", "l", "a", when, null, "s", "c", List.of("x")))
        .isEqualTo(base);
    assertThat(EntryIds.contentHash("T", "l", "a", when, null, "s", "c", List.of("x")))
        .isNotEqualTo(base);
    assertThat(EntryIds.contentHash("t", "l", "a", when, null, "s", "c2", List.of("x")))
        .isNotEqualTo(base);
    assertThat(EntryIds.contentHash("t", "l", "a", when, null, "s", "c", List.of("x", "y")))
        .isNotEqualTo(base);
  }

  @Test
  void entriesWithoutGuidOrLinkUseTitleAndDate() {
    List<String> ids =
        EntryIds.assign(
            "f",
            List.of(
                new EntryIds.Key(null, null, "A", Instant.EPOCH),
                new EntryIds.Key(null, null, "B", Instant.EPOCH)));

    assertThat(ids).doesNotHaveDuplicates();
  }
}
