package org.partnerdigest.crawl;

import java.net.URI;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.partnerdigest.archive.ArchiveFixture;
import org.partnerdigest.catalog.FeedSource;

/**
 * The crawl that {@link CrashSafetyTests} runs in a child JVM and kills: the real archive, fetcher,
 * parser and coordinator over a data directory, crawling {@code /feed0.xml … /feedN.xml} once.
 * Arguments: data directory, server base URL, number of feeds.
 */
final class CrashCrawlChild {

  private CrashCrawlChild() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    String base = args[1];
    int feeds = Integer.parseInt(args[2]);
    CrawlProperties properties =
        CrawlCoordinatorTests.crawlProperties(
            Map.of(
                "partner-digest.crawl.allowed-hosts", "127.0.0.1",
                "partner-digest.crawl.fetch-jitter", "0s",
                "partner-digest.crawl.max-fetches-per-host", "4"));
    InstantSource clock = InstantSource.system();
    List<FeedSource> sources =
        IntStream.range(0, feeds)
            .mapToObj(
                i ->
                    new FeedSource(
                        "feed" + i,
                        URI.create(base + "/feed" + i + ".xml"),
                        null,
                        null,
                        List.of(),
                        true,
                        null))
            .toList();
    int failed;
    try (ArchiveFixture fx = new ArchiveFixture(dataDir);
        FeedFetcher fetcher =
            new FeedFetcher(FetchSettings.from(properties), "PartnerDigest/crash-test", clock)) {
      FeedCrawl crawl =
          new FeedCrawl(fetcher, new RefreshPlanner(properties), Optional.empty(), fx.store, clock);
      CrawlCoordinator coordinator =
          new CrawlCoordinator(crawl, fx.states, fx.leases, clock, properties);
      List<CrawlReport> reports = coordinator.crawlAll(sources);
      reports.forEach(System.out::println);
      failed = (int) reports.stream().filter(CrawlReport::failed).count();
      coordinator.destroy();
    }
    System.exit(failed == 0 ? 0 : 3);
  }
}
