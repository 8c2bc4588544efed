package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.FeedStatus;

/** A crawl cycle's one info line adds up its feeds' reports. */
class CrawlCycleSummaryTests {

  @Test
  void countsFineAndFailingFeedsAndTheEntriesTheyStored() {
    var reports =
        List.of(
            new CrawlReport("a", FeedStatus.OK, 3, 1, Duration.ofMillis(40), null),
            new CrawlReport("b", FeedStatus.OK, 0, 0, Duration.ofMillis(10), null),
            new CrawlReport(
                "c", FeedStatus.FAILING, 0, 0, Duration.ofMillis(5), "unreachable: refused"));

    assertThat(CrawlCycleSummary.of(reports, Duration.ofMillis(1400)))
        .isEqualTo("crawl cycle: 3 feeds in 1.4 s, 2 fine, 1 failing; 3 new entries, 1 changed");
  }

  @Test
  void oneFeedIsSingular() {
    var report = new CrawlReport("a", FeedStatus.OK, 0, 0, Duration.ZERO, null);

    assertThat(CrawlCycleSummary.of(List.of(report), Duration.ZERO))
        .startsWith("crawl cycle: 1 feed in");
  }
}
