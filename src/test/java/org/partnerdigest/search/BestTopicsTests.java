package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.catalog.Topic;

/** The topic an entry tagged with several is shown under. */
class BestTopicsTests {

  @TempDir static Path dataDir;
  static SearchFixture fixture;

  @BeforeAll
  static void indexSamples() {
    fixture =
        new SearchFixture(
            dataDir,
            SearchFixture.partnerCatalog(
                List.of(
                    new Topic("renewals", "Renewals", "renewal"),
                    new Topic("benefits", "Benefits", "benefits"),
                    new Topic("twins", "Renewals again", "renewal"))));
    fixture.index(
        entry(
            "mostly-renewal",
            "mpn-blog",
            "Renewal, renewal, renewal",
            "Your renewal is due; renewal fees apply. Benefits are unchanged."),
        entry(
            "mostly-benefits",
            "channel-guy",
            "Benefits and more benefits",
            "The benefits package grows: benefits for every partner, and a renewal note."),
        entry("renewal-only", "other-blog", "Renewal", "Only about renewal."),
        entry("untagged", "other-blog", "Marketplace", "Offers in the marketplace."));
  }

  @AfterAll
  static void close() {
    fixture.close();
  }

  @Test
  void choosesTheTopicWhoseQueryScoresTheEntryHighest() {
    var best = fixture.service.bestTopics(List.of("mostly-renewal", "mostly-benefits"));

    assertThat(best).containsEntry("mostly-renewal", "renewals");
    assertThat(best).containsEntry("mostly-benefits", "benefits");
  }

  @Test
  void aTieGoesToTheTopicListedFirst() {
    // "twins" has the same query as "renewals", so it scores every entry the same
    assertThat(fixture.service.bestTopics(List.of("renewal-only")))
        .containsExactly(java.util.Map.entry("renewal-only", "renewals"));
  }

  @Test
  void leavesOutEntriesWithoutTopicsAndUnknownIds() {
    assertThat(fixture.service.bestTopics(List.of("untagged", "no-such-id"))).isEmpty();
    assertThat(fixture.service.bestTopics(List.of())).isEmpty();
  }
}
