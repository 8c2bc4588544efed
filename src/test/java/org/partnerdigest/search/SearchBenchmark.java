package org.partnerdigest.search;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search benchmark (not part of {@code verify}; run with {@code ./mvnw -B -Pbench verify}).
 * Crawls the relevance collections through the real pipeline (Atom on loopback), then times {@code
 * GET /api/search} over HTTP: every collection query plus user-syntax queries, sequentially and
 * from four concurrent clients, and a full reindex. Figures go to {@code
 * target/benchmark-report.txt}; nothing is asserted about speed.
 */
@Tag("benchmark")
class SearchBenchmark extends IrSiteTest {

  private static final int ROUNDS = 5;

  @Autowired SearchIndex index;
  private static final int CLIENTS = 4;
  private static final List<String> SYNTAX_QUERIES =
      List.of(
          "MPN benefits",
          "\"action pack\" -myth",
          "renew*",
          "topic:renewals partner",
          "designation OR specialization",
          "feed:ir-cisi classification",
          "Microsoft AI Cloud Partner Program",
          "internal use rights",
          "(co-sell AND marketplace) OR \"private offer\"",
          "retrieval of information");

  @Test
  void measureSearchLatencyAndThroughput() throws Exception {
    assumeTrue(!COLLECTIONS.isEmpty(), "no relevance collections at " + irDir());
    long started = System.nanoTime();
    awaitCrawledAndIndexed();
    long ingestMillis = (System.nanoTime() - started) / 1_000_000;
    int docs = COLLECTIONS.stream().mapToInt(c -> c.docs().size()).sum();

    List<String> queries = new ArrayList<>(SYNTAX_QUERIES);
    COLLECTIONS.forEach(c -> queries.addAll(c.queries().values()));
    queries.forEach(q -> rankedDocIds(q, 20)); // warm-up round

    long[] sequential = new long[queries.size() * ROUNDS];
    long[] userSyntax = new long[SYNTAX_QUERIES.size() * ROUNDS];
    int i = 0;
    int u = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (String q : queries) {
        long t = System.nanoTime();
        rankedDocIds(q, 20);
        sequential[i++] = System.nanoTime() - t;
        if (SYNTAX_QUERIES.contains(q)) {
          userSyntax[u++] = sequential[i - 1];
        }
      }
    }

    long concurrentStart = System.nanoTime();
    List<Long> concurrent = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(CLIENTS)) {
      List<Future<long[]>> futures = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        futures.add(pool.submit(() -> timeAll(queries)));
      }
      for (Future<long[]> f : futures) {
        Arrays.stream(f.get()).forEach(concurrent::add);
      }
    }
    double concurrentSeconds = (System.nanoTime() - concurrentStart) / 1e9;

    long reindexStart = System.nanoTime();
    search.reindex();
    long reindexMillis = (System.nanoTime() - reindexStart) / 1_000_000;

    List<String> report = new ArrayList<>();
    report.add(
        String.format(
            Locale.ROOT,
            "corpus: %d documents (CISI + MEDLINE as Atom on loopback); %d" + " distinct queries",
            docs,
            queries.size()));
    report.add(
        String.format(
            Locale.ROOT,
            "ingest (crawl + parse + archive + index, from context start): %d ms",
            ingestMillis));
    report.add("sequential /api/search size=20, " + ROUNDS + " rounds: " + summary(sequential));
    report.add("  of which short user-syntax queries: " + summary(userSyntax));
    long[] conc = concurrent.stream().mapToLong(Long::longValue).toArray();
    report.add(
        String.format(
            Locale.ROOT,
            "%d concurrent clients: %s, throughput %.0f req/s",
            CLIENTS,
            summary(conc),
            conc.length / concurrentSeconds));
    report.add(String.format(Locale.ROOT, "reindex (rebuild beside + swap): %d ms", reindexMillis));
    report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores");
    report.forEach(System.out::println);
    Path file = Path.of("target", "benchmark-report.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, report);
  }

  /**
   * Issue 7, defect 7: the CPU time of the hostile {@code *a* OR *b* OR …} query, and a normal
   * query's latency alone and while eight hostile queries run, through a service with the default
   * {@link QueryLimits} (the site itself runs unhurried for the figures above), once with the
   * expensive-query permits and once with so many permits that there is no gate.
   */
  @Test
  void measureHostileQueries() throws Exception {
    assumeTrue(!COLLECTIONS.isEmpty(), "no relevance collections at " + irDir());
    awaitCrawledAndIndexed();
    String hostile = QueryBudgetTests.leadingWildcards();
    SearchService gated = new SearchService(index, InstantSource.system(), QueryLimits.defaults());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[ROUNDS * 4];
    for (int i = 0; i < cpu.length; i++) {
      long t = threads.getCurrentThreadCpuTime();
      gated.search(SearchFixture.query(hostile));
      cpu[i] = threads.getCurrentThreadCpuTime() - t;
    }
    QueryLimits defaults = QueryLimits.defaults();
    SearchService ungated =
        new SearchService(
            index,
            InstantSource.system(),
            new QueryLimits(defaults.timeBudget(), 1_000, defaults.expensiveWait()));
    List<String> report = new ArrayList<>();
    report.add("hostile query (330 terms, " + hostile.length() + " chars): CPU " + summary(cpu));
    report.add("normal queries alone: " + summary(normalLatencies(gated)));
    report.add("normal queries while 8 hostile run, gated: " + underHostileLoad(gated, hostile));
    report.add(
        "normal queries while 8 hostile run, no gate: " + underHostileLoad(ungated, hostile));
    report.add("machine: " + Runtime.getRuntime().availableProcessors() + " cores");
    report.forEach(System.out::println);
    Path file = Path.of("target", "benchmark-hostile-queries.txt");
    Files.createDirectories(file.getParent());
    Files.write(file, report);
  }

  private String underHostileLoad(SearchService service, String hostile) throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicLong answered = new AtomicLong();
    AtomicLong busy = new AtomicLong();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int c = 0; c < 8; c++) {
        pool.submit(
            () -> {
              while (running.get()) {
                try {
                  service.search(SearchFixture.query(hostile));
                  answered.incrementAndGet();
                } catch (SearchBusyException e) {
                  busy.incrementAndGet();
                }
              }
            });
      }
      long[] normal = normalLatencies(service);
      running.set(false);
      return summary(normal) + "; hostile answered " + answered + ", refused busy " + busy;
    }
  }

  private static long[] normalLatencies(SearchService service) {
    List<String> normal = SYNTAX_QUERIES.stream().filter(q -> !q.contains("*")).toList();
    long[] times = new long[normal.size() * ROUNDS];
    int i = 0;
    for (int round = 0; round < ROUNDS; round++) {
      for (String q : normal) {
        long t = System.nanoTime();
        service.search(SearchFixture.query(q));
        times[i++] = System.nanoTime() - t;
      }
    }
    return times;
  }

  private long[] timeAll(List<String> queries) {
    long[] times = new long[queries.size()];
    for (int i = 0; i < queries.size(); i++) {
      long t = System.nanoTime();
      rankedDocIds(queries.get(i), 20);
      times[i] = System.nanoTime() - t;
    }
    return times;
  }

  private static String summary(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return String.format(
        Locale.ROOT,
        "n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms",
        sorted.length,
        percentile(sorted, 50),
        percentile(sorted, 95),
        percentile(sorted, 99),
        sorted[sorted.length - 1] / 1e6);
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
