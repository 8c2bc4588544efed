package org.partnerdigest.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a query function from several clients at once and summarises latency and throughput. */
final class Latencies {

  /** One query by its index in the mix; throws on a failed request. */
  interface Query {
    void run(int index) throws Exception;
  }

  private Latencies() {}

  /**
   * {@code clients} threads each run the whole mix {@code rounds} times (starting at different
   * offsets); the figures: requests, p50/p95/p99/max in ms, requests per second.
   */
  static Map<String, Object> measure(int clients, int rounds, int mixSize, Query query)
      throws Exception {
    long started = System.nanoTime();
    long[] all;
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      List<Future<long[]>> futures =
          java.util.stream.IntStream.range(0, clients)
              .mapToObj(
                  c ->
                      pool.submit(
                          () -> {
                            long[] times = new long[rounds * mixSize];
                            for (int i = 0; i < times.length; i++) {
                              long t = System.nanoTime();
                              query.run((i + c) % mixSize);
                              times[i] = System.nanoTime() - t;
                            }
                            return times;
                          }))
              .toList();
      all = new long[0];
      for (Future<long[]> f : futures) {
        long[] times = f.get();
        long[] merged = Arrays.copyOf(all, all.length + times.length);
        System.arraycopy(times, 0, merged, all.length, times.length);
        all = merged;
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Arrays.sort(all);
    Map<String, Object> figures = new LinkedHashMap<>();
    figures.put("clients", clients);
    figures.put("requests", all.length);
    figures.put("p50Ms", percentile(all, 50));
    figures.put("p95Ms", percentile(all, 95));
    figures.put("p99Ms", percentile(all, 99));
    figures.put("maxMs", round(all[all.length - 1] / 1e6));
    figures.put("perSecond", round(all.length / seconds));
    return figures;
  }

  private static double percentile(long[] sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return round(sorted[Math.max(0, index)] / 1e6);
  }

  static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
