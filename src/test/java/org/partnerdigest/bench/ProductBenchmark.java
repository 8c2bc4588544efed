package org.partnerdigest.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13's benchmark: the packaged application crawls generated feeds from loopback, is queried
 * over HTTP, restarted, and crawled again for a cycle of 304s; then the bare libraries do the same
 * work in this process (see {@link BareBaseline}). Writes {@code bench/results/*.json} and prints a
 * summary. Sizes: {@code -Dbench.entries} (20 entries per feed). Nothing about speed is asserted.
 */
class ProductBenchmark {

  static final int ENTRIES_PER_FEED = 20;
  private static final int ADDRESSES = 8;
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final int entries = Integer.getInteger("bench.entries", 5_000);
  private final long seed = Long.getLong("bench.seed", 13);
  private final Path jar = Path.of(System.getProperty("bench.jar", "target/partner-digest.jar"));
  private final Path results =
      Path.of(System.getProperty("bench.results", "bench/results")).toAbsolutePath();

  @Test
  void measureAgainstTheBareLibraries() throws Exception {
    assumeTrue(Files.isRegularFile(jar), "no packaged application at " + jar);
    int feeds = Math.max(1, entries / ENTRIES_PER_FEED);
    Path dir = Files.createTempDirectory("partner-digest-bench");
    Map<String, Object> report =
        Reports.started(
            Map.of(
                "entries", feeds * ENTRIES_PER_FEED,
                "feeds", feeds,
                "seed", seed,
                "addresses", ADDRESSES,
                "formats", "RSS 2.0, Atom, JSON Feed in turn"));
    try (FeedSite site = new FeedSite(seed, feeds, ENTRIES_PER_FEED, ADDRESSES)) {
      Files.writeString(dir.resolve("feeds.yml"), site.feedsFile());
      Path log = dir.resolve("application.log");
      Map<String, Object> product = new LinkedHashMap<>();
      Path jfr = Boolean.getBoolean("bench.jfr") ? results.resolve("ingest.jfr") : null;
      try (AppProcess app = AppProcess.start(jar, dir, List.of(), log, jfr)) {
        product.put("ingest", ingest(app, site, feeds * ENTRIES_PER_FEED));
        product.put("queries", productQueries(app));
        product.put("memory", memory(app));
      }
      product.put("indexMiB", Machine.mib(dir.resolve("data/index")));
      product.put("databaseMiB", databaseMiB(dir.resolve("data")));
      product.put("notModifiedCycle", notModifiedCycle(dir, site, feeds, log));
      product.put("startToFirstSearchSeconds", startToFirstSearch(dir, log));
      report.put("product", product);

      Map<String, Object> bare = new LinkedHashMap<>();
      try (BareBaseline baseline = new BareBaseline(dir.resolve("bare-index"))) {
        bare.put("ingest", baseline.ingest(site, seed, feeds, ENTRIES_PER_FEED));
        bare.put("indexMiB", Machine.mib(dir.resolve("bare-index")));
        baseline.query(0);
        for (int round = 0; round < 3; round++) {
          for (int q = 0; q < QueryMix.ALL.size(); q++) {
            baseline.query(q);
          }
        }
        List<Map<String, Object>> queries = new ArrayList<>();
        for (int clients : List.of(1, 8, 32)) {
          queries.add(
              Latencies.measure(clients, rounds(clients), QueryMix.ALL.size(), baseline::query));
        }
        bare.put("queries", queries);
      }
      report.put("bare", bare);
      report.put("ratios", Ratios.of(product, bare));
    } finally {
      if (Boolean.getBoolean("bench.keep")) {
        System.out.println("data kept for profiling: " + dir.resolve("data"));
      } else {
        Reports.deleteTree(dir.resolve("data"));
      }
      Reports.deleteTree(dir.resolve("bare-index"));
      System.out.println("application log: " + dir.resolve("application.log"));
    }
    Reports.write(results, "bench-" + (feeds * ENTRIES_PER_FEED), report);
  }

  /**
   * From the application's start until every entry is searchable: throughput, CPU, and how far
   * search trailed the archive (sampled each 250 ms: stored count from {@code /api/feeds},
   * searchable count from {@code /api/search}).
   */
  private Map<String, Object> ingest(AppProcess app, FeedSite site, int expected) throws Exception {
    awaitUp(app);
    double readySeconds = (System.nanoTime() - app.startedNanos) / 1e9;
    double cpuAtReady = app.cpuSeconds();
    long start = System.nanoTime();
    List<long[]> stored = new ArrayList<>();
    long maxLagNanos = 0;
    int searchable = 0;
    while (searchable < expected) {
      if (!app.alive()) {
        throw new IllegalStateException("the application stopped; see its log");
      }
      long now = System.nanoTime();
      int inArchive = storedCount(app);
      searchable = Reports.total(app.get("/api/search?size=1"));
      stored.add(new long[] {now, inArchive});
      for (long[] sample : stored) {
        if (sample[1] <= searchable) {
          sample[1] = Long.MAX_VALUE; // caught up with this sample
        } else if (sample[1] != Long.MAX_VALUE) {
          maxLagNanos = Math.max(maxLagNanos, now - sample[0]);
        }
      }
      if (Duration.ofNanos(now - start).toMinutes() > 60) {
        throw new IllegalStateException("ingest did not finish within an hour");
      }
      Thread.sleep(250);
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = app.cpuSeconds() - cpuAtReady;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("entries", searchable);
    figures.put("startupSeconds", Latencies.round(readySeconds));
    figures.put("wallSeconds", Latencies.round(seconds));
    figures.put("cpuSeconds", Latencies.round(cpu));
    figures.put("entriesPerSecond", Latencies.round(searchable / seconds));
    figures.put("lastFeedServedSeconds", Latencies.round((site.lastFullNanos.get() - start) / 1e9));
    figures.put("maxSearchableLagSeconds", Latencies.round(maxLagNanos / 1e9));
    return figures;
  }

  private static void awaitUp(AppProcess app) throws InterruptedException {
    while (app.get("/api/search?size=1") == null) {
      if (!app.alive()) {
        throw new IllegalStateException("the application did not start; see its log");
      }
      Thread.sleep(50);
    }
  }

  private static int storedCount(AppProcess app) {
    String body = app.get("/api/feeds");
    if (body == null) {
      return 0;
    }
    int sum = 0;
    for (JsonNode feed : JSON.readTree(body)) {
      sum += feed.path("entryCount").asInt(0);
    }
    return sum;
  }

  private static int rounds(int clients) {
    return Math.max(4, 160 / clients);
  }

  private List<Map<String, Object>> productQueries(AppProcess app) throws Exception {
    List<Map<String, Object>> figures = new ArrayList<>();
    for (int clients : List.of(1, 8, 32)) {
      figures.add(QueryMix.overHttp(app, clients, rounds(clients)));
    }
    return figures;
  }

  private static Map<String, Object> memory(AppProcess app) throws Exception {
    double[] heap = app.heapMiB();
    double[] rss = app.rssMiB();
    return Map.of(
        "heapUsedMiB", Latencies.round(heap[0]),
        "heapCommittedMiB", Latencies.round(heap[1]),
        "rssMiB", Latencies.round(rss[0]),
        "rssPeakMiB", Latencies.round(rss[1]));
  }

  private static double databaseMiB(Path data) throws Exception {
    try (Stream<Path> files = Files.list(data)) {
      long bytes =
          files
              .filter(f -> f.getFileName().toString().startsWith("partner-digest.db"))
              .mapToLong(f -> f.toFile().length())
              .sum();
      return Latencies.round(bytes / 1048576.0);
    }
  }

  /**
   * {@code crawl --once} over every feed, each answering 304 to its ETag: the time from the first
   * to the last 304 (the cycle itself) and the whole command, JVM start included.
   */
  private static Map<String, Object> notModifiedCycle(Path dir, FeedSite site, int feeds, Path log)
      throws Exception {
    site.firstNotModifiedNanos.set(0);
    site.notModified.set(0);
    long start = System.nanoTime();
    AppProcess crawl =
        AppProcess.start(
            Path.of(System.getProperty("bench.jar", "target/partner-digest.jar")),
            dir,
            List.of("crawl", "--once"),
            log);
    int exit = crawl.waitFor(Duration.ofMinutes(30));
    double command = (System.nanoTime() - start) / 1e9;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("feeds", feeds);
    figures.put("answered304", site.notModified.get());
    figures.put("exitCode", exit);
    figures.put(
        "cycleSeconds",
        Latencies.round(
            (site.lastNotModifiedNanos.get() - site.firstNotModifiedNanos.get()) / 1e9));
    figures.put("commandSeconds", Latencies.round(command));
    return figures;
  }

  /** From {@code java -jar} to the first answered search over the archive just filled. */
  private double startToFirstSearch(Path dir, Path log) throws Exception {
    try (AppProcess app = AppProcess.start(jar, dir, List.of(), log)) {
      while (Reports.total(app.get("/api/search?size=20&q=renewal")) == 0) {
        if (!app.alive()) {
          throw new IllegalStateException("the application did not restart; see its log");
        }
        Thread.sleep(20);
      }
      return Latencies.round((System.nanoTime() - app.startedNanos) / 1e9);
    }
  }
}
