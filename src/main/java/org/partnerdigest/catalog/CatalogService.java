package org.partnerdigest.catalog;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;

/**
 * The running catalog: loads {@code feeds.yml}, reloads it on change, keeps the last good catalog
 * when an edit has errors and exposes those errors. Publishes {@link CatalogChanged} whenever a
 * good edit changes the catalog; the catalog loaded at start is available from {@link #current()}
 * as soon as this bean exists (no event is published for it).
 */
@Service
public class CatalogService implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(CatalogService.class);

  private final Path file;
  private final String name;
  private final Duration interval;
  private final ApplicationEventPublisher events;
  private volatile State state;
  private FeedsFileVersion pending;
  private ScheduledExecutorService poller;
  private final AtomicLong loads = new AtomicLong();
  private final AtomicLong refusals = new AtomicLong();

  /** What is being served, the problems of the latest version of the file, and that version. */
  private record State(Catalog catalog, List<CatalogProblem> problems, FeedsFileVersion seen) {}

  CatalogService(CatalogProperties properties, ApplicationEventPublisher events) {
    this.file = properties.feedsFile();
    this.name = properties.feedsFile().normalize().toString();
    this.interval = properties.catalog().reloadInterval();
    this.events = events;
    this.state = new State(Catalog.empty(), List.of(), null);
    apply(FeedsFileVersion.of(file));
  }

  /** The last good catalog (empty when none has loaded yet). */
  public Catalog current() {
    return state.catalog();
  }

  /** Problems of the latest version of the file, empty when it loaded cleanly. */
  public List<CatalogProblem> problems() {
    return state.problems();
  }

  /** Versions of the file loaded since start, the first included ({@link CatalogMeters}). */
  long loads() {
    return loads.get();
  }

  /**
   * Versions of the file refused since start: unreadable or with errors ({@link CatalogMeters}).
   */
  long refusals() {
    return refusals.get();
  }

  /**
   * Reads the file again and applies a changed content once it reads the same on two consecutive
   * checks: an editor that truncates and rewrites in place would otherwise be caught half-way, and
   * an empty or partial file would drop feeds for real.
   */
  synchronized void reloadIfChanged() {
    var version = FeedsFileVersion.of(file);
    if (version.sameAs(state.seen())) {
      pending = null;
      return;
    }
    if (!version.sameAs(pending)) {
      pending = version;
      return;
    }
    pending = null;
    apply(version);
  }

  /**
   * Applies the file at once, without waiting for a second identical read: for a file this
   * application has just replaced atomically (a browser edit), which cannot be caught half-written.
   */
  synchronized void reloadNow() {
    var version = FeedsFileVersion.of(file);
    if (!version.sameAs(state.seen())) {
      pending = null;
      apply(version);
    }
  }

  private void apply(FeedsFileVersion version) {
    var previous = state;
    if (!version.readable()) {
      var problem = new CatalogProblem(name, 1, 1, version.fingerprint());
      state = new State(previous.catalog(), List.of(problem), version);
      refusals.incrementAndGet();
      log.error(
          "{}: {}; serving {} (set partner-digest.feeds-file to use another file)",
          name,
          version.fingerprint(),
          previous.seen() == null ? "an empty catalog" : "the last good catalog");
      return;
    }
    var parsed = CatalogParser.parse(name, version.content());
    if (!parsed.ok()) {
      state = new State(previous.catalog(), parsed.problems(), version);
      refusals.incrementAndGet();
      parsed.problems().forEach(p -> log.warn("{}", p));
      log.warn("{}: {} problem(s); keeping the last good catalog", name, parsed.problems().size());
      return;
    }
    state = new State(parsed.catalog(), List.of(), version);
    loads.incrementAndGet();
    log.info("{}: loaded {}", name, CatalogSummary.of(parsed.catalog()));
    if (previous.seen() != null && !parsed.catalog().equals(previous.catalog())) {
      events.publishEvent(new CatalogChanged(previous.catalog(), parsed.catalog()));
    }
  }

  private void pollQuietly() {
    try {
      reloadIfChanged();
    } catch (RuntimeException e) {
      // a failing listener must not stop the polling (the executor drops a task that throws)
      log.error("{}: applying a change failed: {}", name, e.toString(), e);
    }
  }

  @Override
  public synchronized void start() {
    if (poller == null) {
      poller =
          Executors.newSingleThreadScheduledExecutor(
              Thread.ofPlatform().daemon().name("catalog-reload").factory());
      long millis = Math.max(1, interval.toMillis());
      poller.scheduleWithFixedDelay(this::pollQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }
  }

  @Override
  public synchronized void stop() {
    if (poller != null) {
      poller.shutdownNow();
      poller = null;
    }
  }

  @Override
  public synchronized boolean isRunning() {
    return poller != null;
  }
}
