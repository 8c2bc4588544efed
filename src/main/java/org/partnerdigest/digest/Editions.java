package org.partnerdigest.digest;

import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest module's API for editions: cuts an edition at its scheduled cut-off (the same cut-off
 * again is the same edition: nothing is planned or sent twice), lists and shows past editions,
 * previews the coming one, sends a test and reports delivery status.
 */
@Service
public class Editions {

  private static final Logger log = LoggerFactory.getLogger(Editions.class);

  private final EditionStore editions;
  private final DeliveryLog deliveries;
  private final SubscriberStore subscribers;
  private final DigestComposer composer;
  private final EditionViews views;
  private final EditionSchedule schedule;
  private final DigestMails mails;
  private final JavaMailSender mailSender;
  private final DeliverySender sender;
  private final TransactionTemplate transactions;
  private final InstantSource clock;
  private final DigestProperties properties;
  private final ReentrantLock building = new ReentrantLock();

  Editions(
      EditionStore editions,
      DeliveryLog deliveries,
      SubscriberStore subscribers,
      DigestComposer composer,
      EditionViews views,
      EditionSchedule schedule,
      DigestMails mails,
      JavaMailSender mailSender,
      DeliverySender sender,
      TransactionTemplate transactions,
      InstantSource clock,
      DigestProperties properties) {
    this.editions = editions;
    this.deliveries = deliveries;
    this.subscribers = subscribers;
    this.composer = composer;
    this.views = views;
    this.schedule = schedule;
    this.mails = mails;
    this.mailSender = mailSender;
    this.sender = sender;
    this.transactions = transactions;
    this.clock = clock;
    this.properties = properties;
  }

  /**
   * Cuts the edition of the latest settled cut-off (or finds it, when it was cut already) and lets
   * the sender work through its deliveries: what "send now" does.
   *
   * @return the edition's key, empty when the schedule has never fired
   */
  public Optional<String> sendNow() {
    return schedule.settledAt(clock.instant()).flatMap(this::publish);
  }

  /**
   * Cuts the edition of {@code cutoff} once: composes it, and in one transaction stores it with a
   * pending delivery for every subscriber confirmed before the cut-off. Called again for the same
   * cut-off it only wakes the sender. A cut-off older than the latest edition is refused (its
   * window is covered already).
   *
   * @return the edition's key, empty when refused
   */
  Optional<String> publish(Instant cutoff) {
    building.lock();
    try {
      Optional<Edition> existing = editions.find(cutoff);
      if (existing.isPresent()) {
        return Optional.of(existing.get().key());
      }
      Optional<Instant> latest = editions.all().stream().map(Edition::cutoff).findFirst();
      if (latest.isPresent() && latest.get().isAfter(cutoff)) {
        log.warn("not cutting an edition at {}: the edition of {} is newer", cutoff, latest.get());
        return Optional.empty();
      }
      try {
        return Optional.of(build(cutoff).key());
      } catch (DuplicateKeyException e) {
        // Another instance on the same database cut this edition at the same moment: its copy,
        // with its deliveries, stands.
        Optional<String> theirs = editions.find(cutoff).map(Edition::key);
        if (theirs.isEmpty()) {
          throw e;
        }
        return theirs;
      }
    } finally {
      building.unlock();
      sender.wake();
    }
  }

  /** Whether an edition exists for {@code cutoff}. */
  boolean exists(Instant cutoff) {
    return editions.find(cutoff).isPresent();
  }

  boolean any() {
    return editions.any();
  }

  private Edition build(Instant cutoff) {
    Instant now = clock.instant();
    Instant windowStart =
        editions
            .previousCutoff(cutoff)
            .orElse(cutoff.minus(properties.digest().firstEditionCovers()));
    EditionContent content = composer.compose(windowStart, cutoff);
    String key = schedule.keyOf(cutoff);
    if (editions.findByKey(key).isPresent()) {
      key = schedule.dateTimeKeyOf(cutoff);
    }
    Edition edition = new Edition(cutoff, key, windowStart, now, content);
    List<Subscriber> recipients = subscribers.recipientsAt(cutoff);
    int[] planned = new int[2];
    transactions.executeWithoutResult(
        status -> {
          editions.insert(edition);
          for (Subscriber recipient : recipients) {
            if (content.forTopics(recipient.topics()).nothing()) {
              deliveries.plan(
                  cutoff, recipient.id(), DeliveryLog.SKIPPED, "nothing new in their topics", now);
              planned[1]++;
            } else {
              deliveries.plan(cutoff, recipient.id(), DeliveryLog.PENDING, null, now);
              planned[0]++;
            }
          }
        });
    log.info(
        "edition {} cut: {} entries, {} digest(s) to send, {} subscriber(s) with nothing new get no mail",
        key,
        content.entries(),
        planned[0],
        planned[1]);
    return edition;
  }

  /** Past editions, newest first, with their delivery counts. */
  public List<EditionSummary> list() {
    return editions.all().stream().map(e -> summary(e, false)).toList();
  }

  /** An edition as a web page: every section in full, each entry once (where it first appears). */
  public Optional<EditionPage> page(String key) {
    return editions
        .findByKey(key)
        .map(e -> views.page(e, e.content().forTopics(List.of()), Integer.MAX_VALUE));
  }

  /** The coming edition as a subscriber of {@code topics} (empty: every topic) would get it. */
  public Preview preview(List<String> topics) {
    Instant now = clock.instant();
    Instant windowStart =
        editions.all().stream()
            .map(Edition::cutoff)
            .findFirst()
            .orElse(now.minus(properties.digest().firstEditionCovers()));
    Instant next = schedule.nextAfter(now).orElse(now);
    Edition coming =
        new Edition(
            next, schedule.keyOf(next), windowStart, now, composer.compose(windowStart, now));
    EditionPage page =
        views.page(
            coming,
            coming.content().forTopics(topics == null ? List.of() : topics),
            properties.digest().perTopic());
    return new Preview(page, mails.renderDigest("preview", page));
  }

  /**
   * Sends the coming edition for {@code topics} to {@code address} now, outside the delivery log.
   *
   * @throws InvalidSubscriptionException for a malformed address
   * @throws org.springframework.mail.MailException when the mail server refuses
   */
  public void sendTest(String address, List<String> topics) {
    String checked = EmailAddresses.check(address);
    EditionPage page = preview(topics).page();
    Subscriber tester =
        new Subscriber(
            "test", checked, List.of(), Subscriber.Status.ACTIVE, clock.instant(), clock.instant());
    mailSender.send(mails.digest(tester, page));
    log.info("sent a test digest ({} entries)", page.entries());
  }

  /** Where mail goes, subscriber counts, the next cut-off and every edition's deliveries. */
  public DigestStatus status() {
    Optional<Instant> next = schedule.nextAfter(clock.instant());
    return new DigestStatus(
        MailDestination.of(mailSender),
        properties.digest().scheduled() ? next.orElse(null) : null,
        next.map(schedule::keyOf).orElse(null),
        subscribers.count(Subscriber.Status.ACTIVE),
        subscribers.count(Subscriber.Status.PENDING),
        subscribers.count(Subscriber.Status.PAUSED),
        editions.all().stream().map(e -> summary(e, true)).toList());
  }

  private EditionSummary summary(Edition edition, boolean withProblems) {
    DeliveryLog.Counts counts = deliveries.counts(edition.cutoff());
    List<EditionSummary.DeliveryProblem> problems =
        withProblems
            ? deliveries.problems(edition.cutoff()).stream().map(this::problem).toList()
            : List.of();
    return new EditionSummary(
        edition.key(),
        schedule.labelOf(edition.cutoff()),
        edition.cutoff(),
        edition.windowStart(),
        edition.content().entries(),
        counts.pending(),
        counts.sent(),
        counts.failed(),
        counts.skipped(),
        problems);
  }

  private EditionSummary.DeliveryProblem problem(DeliveryLog.Row row) {
    String recipient =
        row.subscriberId() == null
            ? "(deleted)"
            : subscribers.find(row.subscriberId()).map(s -> mask(s.email())).orElse("(deleted)");
    return new EditionSummary.DeliveryProblem(
        recipient, row.state(), row.attempts(), row.lastError(), row.nextAttempt());
  }

  /**
   * {@code j•••@example.com}: enough for an editor to tell addresses apart, not to harvest them.
   */
  static String mask(String email) {
    int at = email.indexOf('@');
    return at <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(at);
  }
}
