package org.partnerdigest.digest;

import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.Topic;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The digest module's API for subscribers: sign up (double opt-in), confirm, change topics, pause,
 * unsubscribe and delete, each through a signed link from a mail. Answers never reveal whether an
 * address was already known; every change of consent is recorded with its channel.
 */
@Service
public class Subscriptions {

  /** Where a request came from, recorded with the consent. */
  public enum Channel {
    FORM,
    API,
    EMAIL_LINK,
    ONE_CLICK;

    String column() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  static final int MAX_TOPICS = 100;
  private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

  private final SubscriberStore store;
  private final CatalogService catalog;
  private final LinkTokens tokens;
  private final AccountMails accountMails;
  private final TransactionTemplate transactions;
  private final InstantSource clock;

  Subscriptions(
      SubscriberStore store,
      CatalogService catalog,
      LinkTokens tokens,
      AccountMails accountMails,
      TransactionTemplate transactions,
      InstantSource clock) {
    this.store = store;
    this.catalog = catalog;
    this.tokens = tokens;
    this.accountMails = accountMails;
    this.transactions = transactions;
    this.clock = clock;
  }

  /**
   * Signs an address up for {@code topics} (empty or {@code null}: every topic) and mails it a
   * confirmation link; an address already pending gets a new link (with the new topics), an active
   * one a note with its preferences link. The caller learns nothing about which case it was.
   *
   * @throws InvalidSubscriptionException for a malformed address or an unknown topic
   */
  public void subscribe(String email, List<String> topics, Channel channel) {
    String address = EmailAddresses.check(email);
    List<String> chosen = checkTopics(topics);
    Instant now = clock.instant();
    Subscriber subscriber =
        transactions.execute(
            status -> {
              Subscriber known = store.findByEmail(address).orElse(null);
              if (known == null) {
                Subscriber added = store.insert(address, chosen, now);
                store.recordConsent(added.id(), "subscribe", channel.column(), now);
                return added;
              }
              if (known.status() == Subscriber.Status.PENDING
                  || known.status() == Subscriber.Status.UNSUBSCRIBED) {
                store.setTopics(known.id(), chosen, now);
                store.setStatus(known.id(), Subscriber.Status.PENDING, now);
                store.recordConsent(known.id(), "subscribe", channel.column(), now);
                return new Subscriber(
                    known.id(),
                    known.email(),
                    chosen,
                    Subscriber.Status.PENDING,
                    known.created(),
                    known.confirmed());
              }
              return known;
            });
    if (subscriber.status() == Subscriber.Status.PENDING) {
      accountMails.sendConfirmation(subscriber);
    } else {
      accountMails.sendAlreadySubscribed(subscriber);
    }
  }

  /** Checks a confirmation link without using it (what the page with the button does). */
  public void checkConfirmation(String token) {
    confirmable(token);
  }

  /**
   * Confirms the address of a confirmation link; confirming twice is fine.
   *
   * @throws InvalidLinkException for a forged, tampered or expired link
   */
  public void confirm(String token) {
    Subscriber subscriber = confirmable(token);
    if (subscriber.status() == Subscriber.Status.PENDING) {
      Instant now = clock.instant();
      transactions.executeWithoutResult(
          status -> {
            store.setStatus(subscriber.id(), Subscriber.Status.ACTIVE, now);
            store.recordConsent(subscriber.id(), "confirm", Channel.EMAIL_LINK.column(), now);
          });
      log.info("a subscriber confirmed their address");
    }
  }

  /** The preferences behind a link from a mail. */
  public Preferences preferences(String token) {
    Subscriber subscriber = managed(token);
    Set<String> existing = topicKeys();
    List<String> kept = subscriber.topics().stream().filter(existing::contains).toList();
    List<String> removed = subscriber.topics().stream().filter(t -> !existing.contains(t)).toList();
    return new Preferences(
        subscriber.email(), subscriber.everything(), kept, removed, subscriber.status().column());
  }

  /** Changes topics (empty: every topic) and pauses or resumes. */
  public void updatePreferences(String token, List<String> topics, boolean paused) {
    Subscriber subscriber = managed(token);
    List<String> chosen = checkTopics(topics);
    Instant now = clock.instant();
    transactions.executeWithoutResult(
        status -> {
          store.setTopics(subscriber.id(), chosen, now);
          store.recordConsent(subscriber.id(), "preferences", Channel.EMAIL_LINK.column(), now);
          if (subscriber.status() == Subscriber.Status.ACTIVE && paused) {
            store.setStatus(subscriber.id(), Subscriber.Status.PAUSED, now);
            store.recordConsent(subscriber.id(), "pause", Channel.EMAIL_LINK.column(), now);
          } else if (subscriber.status() == Subscriber.Status.PAUSED && !paused) {
            store.setStatus(subscriber.id(), Subscriber.Status.ACTIVE, now);
            store.recordConsent(subscriber.id(), "resume", Channel.EMAIL_LINK.column(), now);
          }
        });
  }

  /** Unsubscribes; nothing more is sent. Unsubscribing twice is fine. */
  public void unsubscribe(String token, Channel channel) {
    Subscriber subscriber = managed(token);
    if (subscriber.status() != Subscriber.Status.UNSUBSCRIBED) {
      Instant now = clock.instant();
      transactions.executeWithoutResult(
          status -> {
            store.setStatus(subscriber.id(), Subscriber.Status.UNSUBSCRIBED, now);
            store.recordConsent(subscriber.id(), "unsubscribe", channel.column(), now);
          });
      log.info("a subscriber unsubscribed ({})", channel.column());
    }
  }

  /** Deletes the address and its consent records; its delivery rows are anonymised. */
  public void delete(String token) {
    Subscriber subscriber = managed(token);
    transactions.executeWithoutResult(status -> store.delete(subscriber.id()));
    log.info("a subscriber deleted their data");
  }

  /** The topics one can subscribe to, in catalog order. */
  public List<Topic> topics() {
    return catalog.current().topics();
  }

  /** Deletes addresses not confirmed within {@code confirm-expiry}. */
  int purgeUnconfirmed(java.time.Duration expiry) {
    int purged =
        transactions.execute(status -> store.purgeUnconfirmed(clock.instant().minus(expiry)));
    if (purged > 0) {
      log.info("purged {} unconfirmed address(es)", purged);
    }
    return purged;
  }

  private Subscriber confirmable(String token) {
    LinkTokens.Claims claims =
        tokens
            .verify(token, LinkTokens.Purpose.CONFIRM)
            .orElseThrow(
                () ->
                    new InvalidLinkException(
                        "This confirmation link is not valid. Copy the whole link from the mail,"
                            + " or subscribe again."));
    if (claims.expires() != null && claims.expires().isBefore(clock.instant())) {
      throw new InvalidLinkException(
          "This confirmation link has expired. Subscribe again to get a new one.");
    }
    return store
        .find(claims.subscriberId())
        .orElseThrow(
            () ->
                new InvalidLinkException(
                    "This address is no longer signed up. Subscribe again to get a new link."));
  }

  private Subscriber managed(String token) {
    LinkTokens.Claims claims =
        tokens
            .verify(token, LinkTokens.Purpose.MANAGE)
            .orElseThrow(
                () ->
                    new InvalidLinkException(
                        "This link is not valid. Use the link from your latest digest."));
    return store
        .find(claims.subscriberId())
        .orElseThrow(() -> new InvalidLinkException("This address is not subscribed (any more)."));
  }

  private List<String> checkTopics(List<String> topics) {
    if (topics == null || topics.isEmpty()) {
      return List.of();
    }
    if (topics.size() > MAX_TOPICS) {
      throw new InvalidSubscriptionException("topics", "Choose at most " + MAX_TOPICS + " topics.");
    }
    Set<String> known = topicKeys();
    Set<String> chosen = new LinkedHashSet<>();
    for (String topic : topics) {
      String key = topic == null ? "" : topic.strip();
      if (!known.contains(key)) {
        throw new InvalidSubscriptionException(
            "topics",
            "There is no topic '"
                + abbreviate(key)
                + "'. Choose from: "
                + (known.isEmpty() ? "(none yet: leave the list empty)" : String.join(", ", known))
                + ".");
      }
      chosen.add(key);
    }
    return new ArrayList<>(chosen);
  }

  private Set<String> topicKeys() {
    Set<String> keys = new LinkedHashSet<>();
    catalog.current().topics().forEach(t -> keys.add(t.key()));
    return keys;
  }

  private static String abbreviate(String value) {
    String flat = value.replaceAll("\\p{Cntrl}", "?");
    return flat.length() > 40 ? flat.substring(0, 40) + "…" : flat;
  }
}
