package org.partnerdigest.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnerdigest.search.Entries.entry;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: questions and prose typed as they would be said are searched for what they are about,
 * and relevance feedback on long queries reorders what they match without adding to it.
 */
class PlainLanguageQueryTests {

  private static final String PROSE =
      "We would like to know about the \"electronic filing machine\", and how such a machine"
          + " stores documents for later retrieval.";

  @TempDir Path dataDir;

  @Test
  void aQuestionSearchesItsContentWordsOnly() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "answer",
              "channel-guy",
              "When a competency lapses",
              "Benefits stay until the anniversary date, then you lose them."),
          entry(
              "chatter",
              "other-blog",
              "What do I do when my laptop is slow?",
              "How can I tell what my machine does when I do nothing?"));
      assertThat(f.ids("Do I lose my benefits when my competency lapses?"))
          .containsExactly("answer");
    }
  }

  @Test
  void quotesInProseArePunctuationNotARequiredPhrase() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "filing",
              "channel-guy",
              "Electronic machines for filing",
              "A machine that stores documents and retrieves them later."));
      assertThat(f.ids(PROSE)).containsExactly("filing");
    }
  }

  @Test
  void quotesInAShortQueryStillRequireThePhrase() {
    try (SearchFixture f = new SearchFixture(dataDir, SearchFixture.partnerCatalog())) {
      f.index(
          entry(
              "filing",
              "channel-guy",
              "Electronic machines for filing",
              "A machine that stores documents and retrieves them later."));
      assertThat(f.ids("\"electronic filing machine\"")).isEmpty();
    }
  }

  @Test
  void feedbackReordersALongQueryButNeverAddsMatches() {
    List<SearchResults.Hit> withFeedback;
    SearchResults without;
    try (SearchFixture f =
        new SearchFixture(dataDir.resolve("a"), SearchFixture.partnerCatalog())) {
      f.index(posts());
      withFeedback = f.search(PROSE).hits();
      assertThat(f.search(PROSE).total()).isEqualTo(3);
    }
    Ranking noFeedback = RankingVariants.with(Ranking.DEFAULT, "feedback", Ranking.Feedback.OFF);
    try (SearchFixture f =
        new SearchFixture(
            dataDir.resolve("b"),
            SearchFixture.partnerCatalog(),
            new MemoryArchive(),
            noFeedback)) {
      f.index(posts());
      without = f.search(PROSE);
    }
    assertThat(without.total()).isEqualTo(3);
    assertThat(withFeedback)
        .extracting(SearchResults.Hit::id)
        .containsExactlyInAnyOrder("a", "b", "c");
  }

  private static org.partnerdigest.archive.ArchivedEntry[] posts() {
    return new org.partnerdigest.archive.ArchivedEntry[] {
      entry("a", "channel-guy", "Filing machines", "Electronic filing of documents in a machine."),
      entry("b", "other-blog", "Document storage", "Stores documents; retrieval is fast."),
      entry("c", "other-blog", "Later", "Retrieval later, on another machine."),
      entry("d", "other-blog", "Unrelated", "Partner incentives change in January.")
    };
  }
}
