package org.partnerdigest.crawl;

import java.time.Duration;
import org.partnerdigest.archive.FeedStatus;

/**
 * How one feed's crawl ended, for logs and the {@code crawl --once} summary.
 *
 * @param added entries new to the archive
 * @param changed entries updated in place
 * @param took how long the fetch, parse and store took
 * @param status the feed's status afterwards
 * @param error the failure message, or {@code null}
 */
public record CrawlReport(
    String feedKey, FeedStatus status, int added, int changed, Duration took, String error) {

  /** True when the feed ended failing, rate-limited or gone. */
  public boolean failed() {
    return error != null;
  }

  @Override
  public String toString() {
    String counts = "new=" + added + " changed=" + changed;
    return feedKey
        + ": "
        + status.label()
        + " "
        + counts
        + " ("
        + took.toMillis()
        + " ms)"
        + (error == null ? "" : " - " + error);
  }
}
