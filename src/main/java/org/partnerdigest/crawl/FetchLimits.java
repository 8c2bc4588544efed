package org.partnerdigest.crawl;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Politeness and safety limits around fetches: at most {@code maxConcurrentFetches} at once, at
 * most {@code maxFetchesPerHost} per host, and never the same feed twice at the same time. Callers
 * run on virtual threads, so waiting for a permit costs nothing.
 */
class FetchLimits {

  private final Semaphore global;
  private final int perHost;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();
  private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

  FetchLimits(int maxConcurrent, int maxPerHost) {
    this.global = new Semaphore(Math.max(1, maxConcurrent), true);
    this.perHost = Math.max(1, maxPerHost);
  }

  /** Claims the feed; false when it is already being fetched. */
  boolean claim(String feedKey) {
    return inFlight.add(feedKey);
  }

  void release(String feedKey) {
    inFlight.remove(feedKey);
  }

  boolean busy(String feedKey) {
    return inFlight.contains(feedKey);
  }

  /**
   * Runs {@code work} holding a permit for the URL's host and then a global one. The host permit
   * comes first so that feeds waiting on a busy host do not hold global permits idle.
   */
  <T> T within(URI url, Supplier<T> work) throws InterruptedException {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    Semaphore hostPermits = hosts.computeIfAbsent(host, h -> new Semaphore(perHost, true));
    hostPermits.acquire();
    try {
      global.acquire();
      try {
        return work.get();
      } finally {
        global.release();
      }
    } finally {
      hostPermits.release();
    }
  }
}
