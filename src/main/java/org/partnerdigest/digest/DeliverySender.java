package org.partnerdigest.digest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Works through the delivery log on one thread: renders each due delivery, hands it to the mail
 * server and records the outcome in its own commit. A row is marked sent only after the server
 * accepted the message, so a crash resends at most the one message in flight; transient failures
 * come back after a doubling backoff, permanent ones and the last attempt end as failed. Sends are
 * paced to {@code rate-limit} messages per second. Each delivery is claimed before it is sent
 * ({@link DeliveryLog#claim}), so senders of several instances on one database never send the same
 * one twice.
 */
@Component
class DeliverySender implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
  private static final int BATCH = 50;
  private static final Duration SAFETY_POLL = Duration.ofMinutes(1);

  private final DeliveryLog deliveries;
  private final SubscriberStore subscribers;
  private final EditionStore editions;
  private final EditionViews views;
  private final DigestMails mails;
  private final JavaMailSender mailSender;
  private final DigestProperties properties;
  private final InstantSource clock;
  private final Map<String, Counter> delivered;
  private final AtomicBoolean queued = new AtomicBoolean();
  private final long pauseNanos;
  private volatile boolean running;
  private ScheduledExecutorService executor;
  private ScheduledFuture<?> retry;
  private long lastSendNanos = System.nanoTime() - Duration.ofDays(1).toNanos();

  DeliverySender(
      DeliveryLog deliveries,
      SubscriberStore subscribers,
      EditionStore editions,
      EditionViews views,
      DigestMails mails,
      JavaMailSender mailSender,
      DigestProperties properties,
      InstantSource clock,
      MeterRegistry meters) {
    // every state from the start, so a dashboard shows 0 rather than no series
    this.delivered =
        Stream.of(DeliveryLog.SENT, "retry", DeliveryLog.FAILED, DeliveryLog.SKIPPED)
            .collect(
                Collectors.toUnmodifiableMap(
                    state -> state,
                    state ->
                        Counter.builder("digest.deliveries")
                            .description("Digest deliveries attempted, by the state they ended in")
                            .tag("state", state)
                            .register(meters)));
    this.deliveries = deliveries;
    this.subscribers = subscribers;
    this.editions = editions;
    this.views = views;
    this.mails = mails;
    this.mailSender = mailSender;
    this.properties = properties;
    this.clock = clock;
    this.pauseNanos = (long) (1_000_000_000L / Math.max(0.001, properties.digest().rateLimit()));
  }

  @Override
  public synchronized void start() {
    var sender =
        new ScheduledThreadPoolExecutor(
            1, Thread.ofPlatform().name("digest-sender").daemon().factory());
    // A retry planned for later must not hold up shutdown; it is found again at the next start.
    sender.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    executor = sender;
    running = true;
    if (properties.digest().scheduled()) {
      executor.scheduleWithFixedDelay(this::wake, 0, SAFETY_POLL.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /**
   * Stops after the message being sent, if any: {@code running} is checked before each message, so
   * the sender is not interrupted in the middle of an SMTP exchange (whose outcome would then be
   * unknown); only a sender stuck longer than the wait is interrupted.
   */
  @Override
  public synchronized void stop() {
    running = false;
    executor.shutdown();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  /** Asks the sender to look for due deliveries now (coalesced). */
  void wake() {
    if (running && queued.compareAndSet(false, true)) {
      try {
        executor.execute(this::sendDue);
      } catch (java.util.concurrent.RejectedExecutionException stopping) {
        queued.set(false);
      }
    }
  }

  private void sendDue() {
    queued.set(false);
    try {
      if (!deliveries.due(clock.instant(), 1).isEmpty() && !views.awaitIndex()) {
        throw new IllegalStateException("the search index has not caught up with the archive");
      }
      List<DeliveryLog.Due> due;
      while (running && !(due = deliveries.due(clock.instant(), BATCH)).isEmpty()) {
        for (DeliveryLog.Due delivery : due) {
          if (!running) {
            return;
          }
          send(delivery);
        }
      }
    } catch (RuntimeException e) {
      Duration wait = properties.digest().backoff();
      log.warn("digest sending stopped, retrying in {}: {}", wait, e.toString());
      if (running) {
        executor.schedule(this::wake, wait.toMillis(), TimeUnit.MILLISECONDS);
      }
      return;
    }
    scheduleRetry();
  }

  private void send(DeliveryLog.Due due) {
    Instant now = clock.instant();
    if (!deliveries.claim(due, now, now.plus(properties.digest().claimTimeout()))) {
      return; // another sender (another instance) has it
    }
    Optional<Subscriber> subscriber =
        subscribers.find(due.subscriberId()).filter(s -> s.status() == Subscriber.Status.ACTIVE);
    Optional<Edition> edition = editions.find(due.cutoff());
    if (subscriber.isEmpty() || edition.isEmpty()) {
      deliveries.skip(due, "no longer subscribed when it was due", now);
      counted(DeliveryLog.SKIPPED);
      return;
    }
    EditionPage page =
        views.page(
            edition.get(),
            edition.get().content().forTopics(subscriber.get().topics()),
            properties.digest().perTopic());
    if (page.empty()) {
      deliveries.skip(due, "nothing left in their topics", now);
      counted(DeliveryLog.SKIPPED);
      return;
    }
    MimeMessage message;
    try {
      message = mails.digest(subscriber.get(), page);
    } catch (MailException | IllegalArgumentException e) {
      deliveries.finish(due, DeliveryLog.FAILED, SendFailure.of(wrap(e)).message(), null, now);
      counted(DeliveryLog.FAILED);
      log.warn("digest {} for a subscriber cannot be built: {}", page.key(), e.getMessage());
      return;
    }
    pace();
    if (!running) {
      return; // stopping: the message waits, still pending, for the next start
    }
    try {
      mailSender.send(message);
      deliveries.finish(due, DeliveryLog.SENT, null, null, clock.instant());
      counted(DeliveryLog.SENT);
    } catch (MailException e) {
      recordFailure(due, page.key(), SendFailure.of(e));
    }
  }

  private void recordFailure(DeliveryLog.Due due, String edition, SendFailure failure) {
    Instant now = clock.instant();
    if (failure.accepted()) {
      deliveries.finish(due, DeliveryLog.SENT, null, null, now);
      counted(DeliveryLog.SENT);
      return;
    }
    int attempt = due.attempts() + 1;
    if (failure.permanent() || attempt >= properties.digest().maxAttempts()) {
      deliveries.finish(due, DeliveryLog.FAILED, failure.message(), null, now);
      counted(DeliveryLog.FAILED);
      log.warn(
          "digest {}: gave up on a recipient after {} attempt(s): {}",
          edition,
          attempt,
          failure.message());
      return;
    }
    Duration wait = backoff(attempt);
    deliveries.finish(due, DeliveryLog.PENDING, failure.message(), now.plus(wait), now);
    counted("retry");
    log.info(
        "digest {}: attempt {} failed, retrying in {}: {}",
        edition,
        attempt,
        wait,
        failure.message());
  }

  /** {@code digest.deliveries}: attempts by the state they left the delivery in. */
  private void counted(String state) {
    delivered.get(state).increment();
  }

  /** The wait after the {@code attempt}-th failure: backoff · 2^(attempt−1), capped. */
  Duration backoff(int attempt) {
    Duration first = properties.digest().backoff();
    Duration max = properties.digest().maxBackoff();
    Duration wait = first.multipliedBy(1L << Math.min(attempt - 1, 30));
    return wait.compareTo(max) > 0 || wait.isNegative() ? max : wait;
  }

  private void pace() {
    long wait = lastSendNanos + pauseNanos - System.nanoTime();
    while (wait > 0 && running) {
      LockSupport.parkNanos(wait);
      wait = lastSendNanos + pauseNanos - System.nanoTime();
    }
    lastSendNanos = System.nanoTime();
  }

  private synchronized void scheduleRetry() {
    if (!running) {
      return;
    }
    if (retry != null) {
      retry.cancel(false);
    }
    deliveries
        .nextDue()
        .ifPresent(
            next -> {
              long delay = Math.max(0, Duration.between(clock.instant(), next).toMillis());
              retry = executor.schedule(this::wake, delay, TimeUnit.MILLISECONDS);
            });
  }

  private static MailException wrap(RuntimeException e) {
    return e instanceof MailException mail
        ? mail
        : new org.springframework.mail.MailPreparationException(e.getMessage(), e);
  }
}
