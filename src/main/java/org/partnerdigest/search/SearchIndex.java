package org.partnerdigest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.AlreadyClosedException;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.archive.IndexBacklog;
import org.partnerdigest.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Keeps the live index in step with the entry archive: tails it by {@code seq} (woken by {@code
 * EntriesStored}, polling as a safety net), commits on an interval and at shutdown, replays from
 * the last commit's {@code seq} on start, and rebuilds beside the live index on demand or when the
 * catalog's fingerprint changes.
 */
final class SearchIndex implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

  /**
   * How long a search waits for the index to open at start-up (it takes well under a second; the
   * web server may accept requests before it is done) before it is refused as not ready.
   */
  static final Duration OPEN_WAIT = Duration.ofSeconds(2);

  /** A searcher borrowed from one generation; give it back with {@link #release(Lease)}. */
  record Lease(LiveIndex index, IndexSearcher searcher) {}

  private final SearchProperties properties;
  private final Ranking ranking;
  private final EntryArchive archive;
  private final InstantSource clock;
  private final IndexGenerations generations;
  private final BatchWriter writer;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final ReentrantLock reindexLock = new ReentrantLock();
  private final AtomicBoolean catchUpQueued = new AtomicBoolean();
  private final Object progress = new Object();
  private final CountDownLatch opened = new CountDownLatch(1);
  private volatile SearchCatalog catalog;
  private volatile LiveIndex live;
  private volatile boolean running;

  /** The index this process opened held nothing: its catch-up builds it from the whole archive. */
  private volatile boolean startedEmpty;

  private ScheduledExecutorService executor;
  private volatile long lastCommitNanos = System.nanoTime();
  private volatile IndexBacklog backlog;

  SearchIndex(
      SearchProperties properties, EntryArchive archive, Catalog catalog, InstantSource clock) {
    this(properties, archive, catalog, clock, Ranking.DEFAULT);
  }

  /** How this index ranks; its analyzer is the one the index was written with. */
  Ranking ranking() {
    return ranking;
  }

  /** An index ranking with {@code ranking} (the ablation measures the others). */
  SearchIndex(
      SearchProperties properties,
      EntryArchive archive,
      Catalog catalog,
      InstantSource clock,
      Ranking ranking) {
    this.properties = properties;
    this.ranking = ranking;
    this.archive = archive;
    this.clock = clock;
    this.generations = new IndexGenerations(properties.indexDir());
    this.writer = new BatchWriter(archive);
    this.catalog = SearchCatalog.of(catalog, ranking);
  }

  /** Tells {@code backlog} how far the live index reaches, so storing can wait for it. */
  void reportProgressTo(IndexBacklog backlog) {
    this.backlog = backlog;
  }

  @Override
  public synchronized void start() {
    try {
      Path current = generations.current();
      if (current == null) {
        current = generations.create(clock.millis());
        generations.makeCurrent(current);
      }
      generations.deleteAllBut(current);
      live = LiveIndex.open(current, catalog.analyzer());
      if (live.seq() == 0) {
        live.setFingerprint(catalog.fingerprint());
      }
      startedEmpty = live.seq() == 0;
      opened.countDown();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + generations, e);
    }
    executor =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("search-indexer").daemon().factory());
    long poll = properties.search().pollInterval().toMillis();
    long commit = properties.search().commitInterval().toMillis();
    executor.scheduleWithFixedDelay(this::catchUp, 0, poll, TimeUnit.MILLISECONDS);
    executor.scheduleWithFixedDelay(this::commit, commit, commit, TimeUnit.MILLISECONDS);
    running = true;
    signalProgress();
    if (needsRebuild()) {
      Thread.ofVirtual().name("search-reindex").start(this::reindexQuietly);
    }
  }

  @Override
  public synchronized void stop() {
    running = false;
    stopReporting();
    executor.shutdown();
    try {
      executor.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    stopReporting(); // again: a batch that was running may have reported meanwhile
    writeLock.lock();
    try {
      live.commit();
      live.close();
    } catch (IOException e) {
      log.warn("closing the search index failed: {}", e.getMessage());
    } finally {
      writeLock.unlock();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Asks the indexer to look at the archive now (coalesced). */
  void wake() {
    if (running && catchUpQueued.compareAndSet(false, true)) {
      executor.execute(this::catchUp);
    }
  }

  /** A new catalog: used for new documents at once; a changed fingerprint rebuilds. */
  void catalogChanged(Catalog next) {
    catalog = SearchCatalog.of(next, ranking);
    if (running && properties.search().reindexOnCatalogChange() && needsRebuild()) {
      Thread.ofVirtual().name("search-reindex").start(this::reindexQuietly);
    }
  }

  SearchCatalog catalog() {
    return catalog;
  }

  boolean startedEmpty() {
    return startedEmpty;
  }

  long indexedSeq() {
    return live == null ? 0 : live.seq();
  }

  long documentCount() {
    try {
      return live == null ? 0 : live.documentCount();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True from the moment the live index is open and searchable until it is stopped. */
  boolean isOpen() {
    return running && opened.getCount() == 0;
  }

  /** Bytes of the live index's files (a file merged away meanwhile counts as nothing). */
  long sizeInBytes() {
    LiveIndex index = live;
    if (index == null) {
      return 0;
    }
    try (Stream<Path> files = Files.list(index.path())) {
      return files.mapToLong(SearchIndex::sizeOrZero).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long sizeOrZero(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  boolean awaitCaughtUp(Duration timeout) {
    long target = archive.lastSeq();
    wake();
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (progress) {
      while (indexedSeq() < target) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) {
          return false;
        }
        try {
          progress.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return false;
        }
      }
    }
    return true;
  }

  /**
   * @throws IndexNotReadyException when the index has not opened within {@link #OPEN_WAIT}
   */
  Lease acquire() throws IOException {
    awaitOpened();
    while (true) {
      LiveIndex index = live;
      try {
        return new Lease(index, index.acquire());
      } catch (AlreadyClosedException e) {
        if (index == live) {
          throw e;
        }
      }
    }
  }

  private void awaitOpened() {
    try {
      if (opened.getCount() > 0 && !opened.await(OPEN_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IndexNotReadyException(OPEN_WAIT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IndexNotReadyException(OPEN_WAIT);
    }
  }

  void release(Lease lease) {
    try {
      lease.index().release(lease.searcher());
    } catch (IOException | AlreadyClosedException e) {
      log.debug("releasing a searcher after a swap: {}", e.getMessage());
    }
  }

  /**
   * Builds a fresh generation from the whole archive while the live one keeps answering, then
   * catches it up under the write lock and swaps it in.
   */
  void reindex() {
    reindexLock.lock();
    try {
      SearchCatalog building = catalog;
      Path next = generations.create(clock.millis());
      LiveIndex fresh = LiveIndex.open(next, building.analyzer());
      try {
        fresh.setFingerprint(building.fingerprint());
        drain(fresh, building);
        writeLock.lock();
        try {
          drain(fresh, building);
          fresh.commit();
          generations.makeCurrent(next);
          LiveIndex old = live;
          live = fresh;
          old.commit();
          old.close();
        } finally {
          writeLock.unlock();
        }
      } catch (IOException | RuntimeException e) {
        if (live != fresh) {
          fresh.close();
        }
        throw e;
      }
      generations.deleteAllBut(next);
      log.info(
          "search index rebuilt: {} documents up to seq {}", fresh.documentCount(), fresh.seq());
      signalProgress();
    } catch (IOException e) {
      throw new UncheckedIOException("reindex failed: " + e.getMessage(), e);
    } finally {
      reindexLock.unlock();
    }
  }

  private void reindexQuietly() {
    try {
      reindex();
    } catch (RuntimeException e) {
      log.error("automatic reindex failed; the previous index stays live: {}", e.getMessage());
    }
  }

  private boolean needsRebuild() {
    LiveIndex index = live;
    return index != null
        && (index.seq() > 0 && !index.fingerprint().equals(catalog.fingerprint())
            || index.seq() > archive.lastSeq());
  }

  private void catchUp() {
    catchUpQueued.set(false);
    writeLock.lock();
    try {
      drain(live, catalog);
    } catch (IOException | RuntimeException e) {
      log.warn("indexing stopped at seq {}, will retry: {}", indexedSeq(), e.getMessage());
    } finally {
      writeLock.unlock();
    }
  }

  private void drain(LiveIndex index, SearchCatalog with) throws IOException {
    while (true) {
      List<ArchivedEntry> batch =
          archive.changesAfter(index.seq(), properties.search().batchSize());
      if (batch.isEmpty()) {
        return;
      }
      writer.apply(index, batch, with);
      if (index == live) {
        signalProgress();
        // a long replay commits on the interval too, not only once it has caught up
        if (System.nanoTime() - lastCommitNanos > properties.search().commitInterval().toNanos()) {
          commit();
        }
      }
    }
  }

  private void commit() {
    lastCommitNanos = System.nanoTime();
    try {
      live.commit();
    } catch (IOException | AlreadyClosedException e) {
      log.warn("index commit failed, will retry: {}", e.getMessage());
    }
  }

  private void stopReporting() {
    if (backlog != null) {
      backlog.indexerStopped();
    }
  }

  private void signalProgress() {
    IndexBacklog following = backlog;
    if (following != null && running) {
      following.indexedUpTo(live.seq());
    }
    synchronized (progress) {
      progress.notifyAll();
    }
  }
}
