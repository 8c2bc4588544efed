package org.partnerdigest.crawl;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one info line a crawl cycle logs once all the feeds it started are done, e.g. {@code crawl
 * cycle: 6 feeds in 1.4 s, 5 fine, 1 failing; 12 new entries, 0 changed}. Each fetch has its own
 * line at debug ({@link FeedCrawl}); a feed that starts failing still warns on its own.
 */
final class CrawlCycleSummary {

  private static final Logger log = LoggerFactory.getLogger(CrawlCycleSummary.class);

  private CrawlCycleSummary() {}

  /** Logs the summary when the last of {@code crawls} ends; nothing for an empty cycle. */
  static void logWhenDone(List<CompletableFuture<CrawlReport>> crawls) {
    if (crawls.isEmpty()) {
      return;
    }
    long start = System.nanoTime();
    CompletableFuture.allOf(crawls.toArray(CompletableFuture[]::new))
        .whenComplete(
            (done, failure) -> {
              List<CrawlReport> reports =
                  crawls.stream()
                      .filter(crawl -> crawl.state() == CompletableFuture.State.SUCCESS)
                      .map(CompletableFuture::resultNow)
                      .toList();
              log.info("{}", of(reports, Duration.ofNanos(System.nanoTime() - start)));
            });
  }

  static String of(List<CrawlReport> reports, Duration took) {
    long failing = reports.stream().filter(CrawlReport::failed).count();
    int added = reports.stream().mapToInt(CrawlReport::added).sum();
    int changed = reports.stream().mapToInt(CrawlReport::changed).sum();
    return String.format(
        Locale.ROOT,
        "crawl cycle: %d feed%s in %.1f s, %d fine, %d failing; %d new entries, %d changed",
        reports.size(),
        reports.size() == 1 ? "" : "s",
        took.toMillis() / 1000.0,
        reports.size() - failing,
        failing,
        added,
        changed);
  }
}
