package org.partnerdigest.archive;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * How far the search index trails what the archive stored; storing fetched entries waits while it
 * trails by more than {@code max-unindexed} changes. On two cores the crawl stored entries twice as
 * fast as the indexer could follow (eight fetches against one indexing thread), so entries waited
 * up to 100 s to become searchable (issue 13); waiting here hands the cores to the indexer instead.
 *
 * <p>The indexer reports its progress; until it does, or once it stops, nothing waits. A wait is
 * bounded by {@code max-unindexed-wait}, so a stalled indexer slows the crawl but never stops it.
 */
@Component
public class IndexBacklog {

  private final long maxUnindexed;
  private final long maxWaitNanos;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition progressed = lock.newCondition();
  private long stored;
  private long indexed = -1; // -1: no indexer follows

  @Autowired
  IndexBacklog(ArchiveProperties properties) {
    this(properties.maxUnindexed(), properties.maxUnindexedWait());
  }

  IndexBacklog(long maxUnindexed, Duration maxWait) {
    this.maxUnindexed = maxUnindexed;
    this.maxWaitNanos = maxWait.toNanos();
  }

  /** The indexer holds every change up to {@code seq}; waiting stores may go on. */
  public void indexedUpTo(long seq) {
    lock.lock();
    try {
      indexed = Math.max(indexed, seq);
      progressed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  /** The indexer stopped: nothing waits for it any more. */
  public void indexerStopped() {
    lock.lock();
    try {
      indexed = -1;
      progressed.signalAll();
    } finally {
      lock.unlock();
    }
  }

  void stored(long seq) {
    lock.lock();
    try {
      stored = Math.max(stored, seq);
    } finally {
      lock.unlock();
    }
  }

  /** Waits (bounded) while the index trails the archive by more than allowed. */
  void awaitRoom() {
    if (maxUnindexed <= 0) {
      return;
    }
    lock.lock();
    try {
      long left = maxWaitNanos;
      while (indexed >= 0 && stored - indexed > maxUnindexed && left > 0) {
        left = progressed.awaitNanos(left);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      lock.unlock();
    }
  }

  /** True while an indexer reports its progress. */
  boolean followed() {
    lock.lock();
    try {
      return indexed >= 0;
    } finally {
      lock.unlock();
    }
  }

  /** Changes stored that the index does not hold yet (0 when no indexer follows). */
  long unindexed() {
    lock.lock();
    try {
      return indexed < 0 ? 0 : Math.max(0, stored - indexed);
    } finally {
      lock.unlock();
    }
  }

  /** A backlog that never waits (storing without an indexer, as in the archive's own tests). */
  static IndexBacklog unbounded() {
    return new IndexBacklog(0, Duration.ZERO);
  }
}
