package org.partnerdigest.bench;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13's start-to-first-search at a million entries: an archive filled directly ({@link
 * ArchiveFill}, no crawl), indexed by the application's own catch-up on its first start, then
 * {@code java -jar} again on that data directory until {@code /api/search?q=renewal} has hits;
 * heap, RSS, sizes and the query mix at one client after that. Size: {@code
 * -Dbench.million.entries}. Writes {@code bench/results/million-<entries>-<time>.json}. Nothing
 * about speed is asserted.
 */
class MillionBenchmark {

  private final int entries = Integer.getInteger("bench.million.entries", 50_000);
  private final int perFeed = Integer.getInteger("bench.million.per-feed", 200);
  private final int templateFeeds = Integer.getInteger("bench.million.template-feeds", 99);
  private final int rounds = Integer.getInteger("bench.million.rounds", 10);
  private final String indexing = System.getProperty("bench.million.index", "catch-up");
  private final long seed = Long.getLong("bench.seed", 13);
  private final Path jar = Path.of(System.getProperty("bench.jar", "target/partner-digest.jar"));
  private final Path results =
      Path.of(System.getProperty("bench.results", "bench/results")).toAbsolutePath();

  @Test
  void startToFirstSearchOverAFilledArchive() throws Exception {
    assumeTrue(Files.isRegularFile(jar), "no packaged application at " + jar);
    // minutes to an hour of work: only when asked for, not in every -Pbench run
    assumeTrue(
        System.getProperty("bench.million.entries") != null, "-Dbench.million.entries not set");
    int feeds = Math.max(1, entries / perFeed);
    Path dir = Files.createTempDirectory("partner-digest-million");
    Map<String, Object> report =
        Reports.started(
            Map.of(
                "entries", feeds * perFeed,
                "feeds", feeds,
                "entriesPerFeed", perFeed,
                "seed", seed,
                "queryRounds", rounds));
    Path log = dir.resolve("application.log");
    try {
      Files.writeString(dir.resolve("feeds.yml"), FeedSite.feedsFile(feeds, ArchiveFill::feedUrl));
      Path data = dir.resolve("data");
      report.put("fill", new ArchiveFill(seed, feeds, perFeed, templateFeeds).fill(data));
      report.put("databaseMiBAfterFill", Machine.mib(data));
      if (indexing.equals("reindex")) {
        report.put("reindexCommand", reindexCommand(dir, log));
      }
      report.put("firstStartIndexing", firstStart(dir, log, feeds * perFeed));
      Path jfr = Boolean.getBoolean("bench.jfr") ? results.resolve("million-start.jfr") : null;
      try (AppProcess app = AppProcess.start(jar, dir, List.of(), log, jfr)) {
        report.put("start", startToFirstSearch(app));
        report.put("queries", queries(app));
        double[] heap = app.heapMiB();
        double[] rss = app.rssMiB();
        report.put(
            "memory",
            Map.of(
                "heapUsedMiB", Latencies.round(heap[0]),
                "heapCommittedMiB", Latencies.round(heap[1]),
                "rssMiB", Latencies.round(rss[0]),
                "rssPeakMiB", Latencies.round(rss[1])));
      }
      if (!System.getProperty("bench.million.aot", "true").equals("false")) {
        report.put("startWithAotCache", aotStart(dir, log));
      }
      report.put("indexMiB", Machine.mib(data.resolve("index")));
      report.put("databaseMiB", Machine.mib(data) - Machine.mib(data.resolve("index")));
    } finally {
      Reports.deleteTree(dir.resolve("data"));
      System.out.println("application log: " + log);
    }
    Reports.write(results, "million-" + entries, report);
  }

  /**
   * The first {@code java -jar} on the filled archive: its search index is empty, so it indexes the
   * whole archive in its catch-up (the way a user gets an index for an archive they copied in);
   * timed until every entry is searchable (polled every 5 s), then stopped with SIGTERM so the
   * index commits.
   */
  private Map<String, Object> firstStart(Path dir, Path log, int expected) throws Exception {
    Map<String, Object> figures = new LinkedHashMap<>();
    try (AppProcess app = AppProcess.start(jar, dir, List.of(), log)) {
      int searchable = 0;
      double cpu = 0;
      while (searchable < expected) {
        if (!app.alive()) {
          throw new IllegalStateException("the application stopped; see " + log);
        }
        cpu = app.cpuSeconds();
        searchable = Reports.total(app.get("/api/search?size=1"));
        // a match-all count over a million documents costs a good part of a second of CPU
        Thread.sleep(5_000);
      }
      figures.put("entries", searchable);
      figures.put("wallSeconds", Latencies.round((System.nanoTime() - app.startedNanos) / 1e9));
      figures.put("cpuSeconds", Latencies.round(app.cpuSeconds()));
      figures.put("cpuSecondsSampledBefore", Latencies.round(cpu));
    }
    return figures;
  }

  /**
   * {@code java -jar … reindex} on the filled archive (before any start, with {@code
   * -Dbench.million.index=reindex}): wall time and CPU (sampled every 200 ms while it runs).
   */
  private Map<String, Object> reindexCommand(Path dir, Path log) throws Exception {
    AppProcess command = AppProcess.start(jar, dir, List.of("reindex"), log);
    double cpu = 0;
    while (command.alive()) {
      try {
        cpu = command.cpuSeconds();
      } catch (java.io.IOException ended) {
        break;
      }
      Thread.sleep(200);
    }
    int exit = command.waitFor(java.time.Duration.ofMinutes(1));
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("exitCode", exit);
    figures.put("wallSeconds", Latencies.round((System.nanoTime() - command.startedNanos) / 1e9));
    figures.put("cpuSecondsSampled", Latencies.round(cpu));
    return figures;
  }

  /**
   * The same start with the JVM's AOT cache ({@link AotStart}): what is left of the start when
   * class loading and linking come from the cache. A failure is reported, not thrown, so the run's
   * other figures stay.
   */
  private Map<String, Object> aotStart(Path dir, Path log) {
    Map<String, Object> figures = new LinkedHashMap<>();
    try {
      AotStart aot = AotStart.prepare(jar, dir.resolve("aot"), dir, log);
      figures.putAll(aot.figures());
      try (AppProcess app =
          AppProcess.start(aot.jar(), dir, aot.jvmOptions(), List.of(), log, null)) {
        figures.putAll(startToFirstSearch(app));
      }
    } catch (Exception e) {
      figures.put("error", e.toString());
    } finally {
      try {
        Reports.deleteTree(dir.resolve("aot"));
      } catch (java.io.IOException e) {
        figures.put("cleanup", e.toString());
      }
    }
    return figures;
  }

  /** From {@code java -jar} to the first HTTP answer, and to the first search with hits. */
  private static Map<String, Object> startToFirstSearch(AppProcess app) throws Exception {
    double firstAnswer = 0;
    while (true) {
      if (!app.alive()) {
        throw new IllegalStateException("the application did not start");
      }
      String body = app.get("/api/search?size=20&q=renewal");
      if (body != null && firstAnswer == 0) {
        firstAnswer = (System.nanoTime() - app.startedNanos) / 1e9;
      }
      if (Reports.total(body) > 0) {
        break;
      }
      Thread.sleep(20);
    }
    double seconds = (System.nanoTime() - app.startedNanos) / 1e9;
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("firstAnswerSeconds", Latencies.round(firstAnswer));
    figures.put("startToFirstSearchSeconds", Latencies.round(seconds));
    figures.put("cpuSecondsToFirstSearch", Latencies.round(app.cpuSeconds()));
    return figures;
  }

  /** The query mix at one client: three warm-up rounds, then {@code rounds} measured. */
  private Map<String, Object> queries(AppProcess app) throws Exception {
    return QueryMix.overHttp(app, 1, rounds);
  }
}
