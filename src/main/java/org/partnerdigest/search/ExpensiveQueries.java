package org.partnerdigest.search;

import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Lets only a few expensive queries (many clauses once synonyms and prefixes are expanded) run at
 * once, so that however many arrive together, cheap queries never queue behind them and keep a core
 * to run on. An expensive query that gets no permit in time is refused with a 503.
 */
final class ExpensiveQueries {

  /** The work done holding a permit. */
  interface Work<T> {
    T run() throws IOException;
  }

  private final Semaphore permits;
  private final QueryLimits limits;

  ExpensiveQueries(QueryLimits limits) {
    this.permits = new Semaphore(limits.expensiveConcurrency(), true);
    this.limits = limits;
  }

  <T> T run(Work<T> work) throws IOException {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(limits.expensiveWait().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new SearchBusyException(
          "too many long or wildcard searches are running; try again in "
              + QueryLimits.BUSY_RETRY_AFTER.toSeconds()
              + " seconds, or use fewer words and wildcards",
          QueryLimits.BUSY_RETRY_AFTER);
    }
    try {
      return work.run();
    } finally {
      permits.release();
    }
  }
}
