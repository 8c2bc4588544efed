package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Related posts" from MoreLikeThis: never the entry itself, its copies or hidden entries. */
class RelatedEntriesTests {

  private static final String RENEWAL =
      "Competency renewal happens at the anniversary date; renewal requirements and renewal fees.";

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() {
    fixture = new SearchFixture(dataDir, SearchFixture.partnerCatalog());
    fixture.index(
        entry("guide", "mpn-blog", "Competency renewal guide", RENEWAL),
        // the same post syndicated by another feed: same link
        Entries.withLink(
            entry("guide-copy", "channel-guy", "Competency renewal guide", RENEWAL),
            "https://example.com/mpn-blog/guide"),
        entry(
            "pitfalls",
            "channel-guy",
            "Renewal pitfalls",
            "Missing the anniversary date costs your competency renewal."),
        // another post carried by two feeds: only its shown copy may be related
        entry(
            "fees",
            "mpn-blog",
            "Renewal fees",
            "Renewal fees for a competency are due at the anniversary date."),
        Entries.withLink(
            entry(
                "fees-copy",
                "other-blog",
                "Renewal fees",
                "Renewal fees for a competency are due at the anniversary date."),
            "https://example.com/mpn-blog/fees"),
        Entries.flags(
            entry(
                "hidden",
                "other-blog",
                "Hidden renewal competency anniversary post",
                "Competency renewal anniversary date renewal fees, hidden by an editor."),
            true,
            false,
            false),
        entry("marketplace", "other-blog", "Marketplace offers", "Transactable offers."));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  private static java.util.List<String> relatedIds(String id) {
    return fixture.service.related(id, 10).stream().map(IndexedEntry::id).toList();
  }

  @Test
  void findsPostsAboutTheSameThing() {
    assertThat(relatedIds("guide")).containsExactlyInAnyOrder("fees", "pitfalls");
  }

  @Test
  void anEntryIsNotRelatedToItselfNorToItsCopies() {
    assertThat(relatedIds("guide")).doesNotContain("guide", "guide-copy");
    assertThat(relatedIds("guide-copy")).doesNotContain("guide", "guide-copy");
  }

  @Test
  void otherDuplicatedPostsAppearOnce() {
    assertThat(relatedIds("pitfalls")).contains("fees").doesNotContain("fees-copy");
  }

  @Test
  void hiddenEntriesNeverAppear() {
    assertThat(relatedIds("guide")).doesNotContain("hidden");
    assertThat(relatedIds("hidden")).isEmpty();
  }

  @Test
  void postsSharingNoWordAreNotRelated() {
    assertThat(relatedIds("guide")).doesNotContain("marketplace");
  }

  @Test
  void anUnknownEntryHasNoRelatedPosts() {
    assertThat(relatedIds("no-such-entry")).isEmpty();
    assertThat(fixture.service.related("guide", 1)).hasSize(1);
  }
}
