package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.EntryArchive;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What an edition covers: entries first archived after the previous edition's cut-off and up to its
 * own, never a newly added feed's back catalogue; pinned entries lead with the editor's note.
 */
class EditionWindowTests extends DigestSiteTest {

  @Autowired EntryArchive archive;

  @Test
  void anEntryArchivedBetweenTwoEditionsIsInExactlyOne() {
    Instant first = nextCutoff();
    Instant second = nextCutoff();
    archive(
        "jane",
        first.minus(Duration.ofHours(1)),
        post("win-a", "Renewal A", "renewal", first.minus(Duration.ofDays(1))));
    String firstKey = editions.publish(first).orElseThrow();
    archive("jane", first.plusMillis(1), post("win-b", "Renewal B", "renewal", first));
    archive(
        "jane", second, post("win-c", "Renewal C", "renewal", second.minus(Duration.ofDays(1))));
    String secondKey = editions.publish(second).orElseThrow();

    assertThat(ids(firstKey)).contains("win-a").doesNotContain("win-b", "win-c");
    assertThat(ids(secondKey)).contains("win-b", "win-c").doesNotContain("win-a");
    assertThat(editions.publish(second)).contains(secondKey);
    assertThat(ids(secondKey)).contains("win-b", "win-c");
  }

  @Test
  void aNewFeedsBackdatedEntriesDoNotFloodTheNextEdition() {
    Instant cutoff = nextCutoff();
    Instant seen = cutoff.minus(Duration.ofHours(2));
    archive(
        "new-feed",
        seen,
        post("back-1", "Renewal archive 2019", "renewal", cutoff.minus(Duration.ofDays(400))),
        post("back-2", "Renewal archive last month", "renewal", cutoff.minus(Duration.ofDays(15))),
        post("fresh", "Renewal this week", "renewal", cutoff.minus(Duration.ofDays(2))));

    String key = editions.publish(cutoff).orElseThrow();

    assertThat(ids(key)).contains("fresh").doesNotContain("back-1", "back-2");
  }

  @Test
  void pinnedEntriesLeadWithTheEditorsNoteAndHiddenOnesAreLeftOut() {
    Instant cutoff = nextCutoff();
    Instant seen = cutoff.minus(Duration.ofHours(3));
    archive(
        "program-blog",
        seen,
        post("pin-me", "Benefits change", "benefits", cutoff.minus(Duration.ofDays(1))),
        post("hide-me", "Benefits spam", "benefits", cutoff.minus(Duration.ofDays(1))));
    archive.setPinned("pin-me", true, "Read this before your renewal");
    archive.setHidden("hide-me", true);
    search.awaitCaughtUp(Duration.ofSeconds(30));

    EditionPage page = editions.page(editions.publish(cutoff).orElseThrow()).orElseThrow();

    assertThat(page.pinned())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id()).isEqualTo("pin-me");
              assertThat(e.note()).isEqualTo("Read this before your renewal");
            });
    assertThat(ids(page.key())).doesNotContain("hide-me");
  }

  private List<String> ids(String key) {
    EditionPage page = editions.page(key).orElseThrow();
    List<String> ids = new ArrayList<>();
    page.pinned().forEach(e -> ids.add(e.id()));
    page.sections().forEach(s -> s.entries().forEach(e -> ids.add(e.id())));
    return ids;
  }
}
