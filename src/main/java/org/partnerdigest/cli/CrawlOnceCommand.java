package org.partnerdigest.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.partnerdigest.catalog.CatalogProblem;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.crawl.CrawlReport;
import org.partnerdigest.crawl.Crawler;
import org.partnerdigest.search.SearchService;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code crawl --once}: starts the application without a web server or schedule, crawls every
 * enabled feed once, waits for the index to catch up, prints one line per feed and a total. Exits 0
 * when the crawl ran (failing feeds are listed, as they would be on a schedule), 2 on bad usage and
 * 1 when {@code feeds.yml} has errors or the application could not start.
 */
final class CrawlOnceCommand {

  static final Duration INDEX_WAIT = Duration.ofMinutes(5);

  private CrawlOnceCommand() {}

  static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length < 2 || !args[1].equals("--once")) {
      err.println("usage: partner-digest crawl --once [--property=value...]");
      return 2;
    }
    String[] springArgs = Arrays.copyOfRange(args, 2, args.length);
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(ReindexCommand.applicationClass())
            .web(WebApplicationType.NONE)
            .properties(
                "spring.main.banner-mode=off",
                "partner-digest.command=crawl",
                "partner-digest.crawl.scheduled=false",
                "partner-digest.digest.scheduled=false")
            .run(springArgs)) {
      List<CatalogProblem> problems = context.getBean(CatalogService.class).problems();
      if (!problems.isEmpty()) {
        problems.forEach(err::println);
        err.println("partner-digest crawl: feeds.yml has errors; nothing crawled");
        return 1;
      }
      List<CrawlReport> reports = context.getBean(Crawler.class).crawlAllOnce();
      reports.forEach(out::println);
      boolean caughtUp =
          context.getBeanProvider(SearchService.class).getIfAvailable(() -> null)
                  instanceof SearchService search
              ? search.awaitCaughtUp(INDEX_WAIT)
              : true;
      out.println(summary(reports));
      if (!caughtUp) {
        err.println("partner-digest crawl: the index did not catch up within " + INDEX_WAIT);
      }
      return 0;
    } catch (RuntimeException e) {
      err.println("partner-digest crawl: " + e.getMessage());
      return 1;
    }
  }

  static String summary(List<CrawlReport> reports) {
    int added = reports.stream().mapToInt(CrawlReport::added).sum();
    int changed = reports.stream().mapToInt(CrawlReport::changed).sum();
    long failing = reports.stream().filter(CrawlReport::failed).count();
    return "crawled %d feeds: %d new, %d changed, %d failing"
        .formatted(reports.size(), added, changed, failing);
  }
}
