package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.catalog.Topic;
import org.partnerdigest.search.SearchQuery.Sort;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchResults.Hit;

class TopicAndDuplicateTests {

  @TempDir Path dataDir;

  @Test
  void entriesAreTaggedWithTopicsWhoseQueryTheyMatch() {
    List<Topic> topics =
        List.of(
            new Topic("renewals", "Renewals", "renew* OR \"anniversary date\""),
            new Topic("official", "Official news", "group:microsoft"),
            new Topic("benefits", "Benefits", "benefits -renewal"));
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog(topics))) {
      f.index(
          entry("a", "mpn-blog", "Renewal season", "Renewing is simple."),
          entry("b", "channel-guy", "Benefits", "Internal use rights benefits."),
          entry("c", "channel-guy", "Benefits at renewal", "Benefits reset at renewal."));
      assertThat(f.service.entry("a").orElseThrow().topics())
          .containsExactly("official", "renewals");
      assertThat(f.service.entry("b").orElseThrow().topics()).containsExactly("benefits");
      assertThat(f.service.entry("c").orElseThrow().topics()).containsExactly("renewals");
      assertThat(f.search("").facets().get("topic")).hasSize(3);
    }
  }

  @Test
  void changedTopicDefinitionReTagsAfterReindex() {
    try (SearchFixture f =
        new SearchFixture(
            dataDir,
            SearchFixture.partnerCatalog(List.of(new Topic("pricing", "Pricing", "price"))))) {
      f.index(entry("a", "mpn-blog", "Billing changes", "Monthly billing for annual terms."));
      assertThat(f.service.entry("a").orElseThrow().topics()).isEmpty();
      f.index.catalogChanged(
          SearchFixture.partnerCatalog(
              List.of(new Topic("pricing", "Pricing", "price OR billing"))));
      org.awaitility.Awaitility.await()
          .until(
              () -> f.service.entry("a").orElseThrow().topics(), t -> t.equals(List.of("pricing")));
    }
  }

  @Test
  void syndicatedCopiesShowOnceUnderTheOfficialSourceWithAlsoIn() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          Entries.withLink(
              entry(
                  "copy",
                  "channel-guy",
                  "Partner incentives guide",
                  "Incentives explained.",
                  Instant.parse("2026-10-01T00:00:00Z")),
              "https://WWW.Example.com/guide/?utm_source=rss"),
          Entries.withLink(
              entry(
                  "orig",
                  "mpn-blog",
                  "Partner incentives guide",
                  "Incentives explained.",
                  Instant.parse("2026-10-02T00:00:00Z")),
              "https://example.com/guide"));
      SearchResults results = f.search("incentives");
      assertThat(results.total()).isEqualTo(1);
      Hit hit = results.hits().getFirst();
      assertThat(hit.id()).isEqualTo("orig");
      assertThat(hit.alsoIn()).containsExactly(new FeedRef("channel-guy", "Channel Guy"));
      assertThat(results.facets().get("feed")).hasSize(1);
      SearchQuery inFeed =
          new SearchQuery(
              "incentives", "channel-guy", null, null, null, null, null, Sort.RELEVANCE, 0, 10);
      assertThat(f.service.search(inFeed).hits()).extracting(Hit::id).containsExactly("copy");
    }
  }

  @Test
  void nearIdenticalTextWithDifferentLinksCollapsesUnderTheEarliest() {
    String text =
        "Starting next month, partners must complete the new security requirements before renewal. "
            .repeat(3);
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "late",
              "other-blog",
              "Security requirements!",
              text,
              Instant.parse("2026-10-03T00:00:00Z")),
          entry(
              "early",
              "channel-guy",
              "Security requirements",
              text,
              Instant.parse("2026-10-01T00:00:00Z")));
      SearchResults results = f.search("security requirements");
      assertThat(results.hits()).extracting(Hit::id).containsExactly("early");
      assertThat(results.hits().getFirst().alsoIn())
          .extracting(FeedRef::key)
          .containsExactly("other-blog");
    }
  }

  @Test
  void hidingThePrimaryCopyShowsTheOther() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          Entries.withLink(
              entry("copy", "channel-guy", "Guide", "Incentives explained."),
              "https://example.com/guide"),
          Entries.withLink(
              entry("orig", "mpn-blog", "Guide", "Incentives explained."),
              "https://example.com/guide"));
      f.archive.setHidden("orig", true);
      f.awaitIndexed();
      assertThat(f.ids("incentives")).containsExactly("copy");
      assertThat(f.search("incentives").hits().getFirst().alsoIn()).isEmpty();
    }
  }
}
