package org.partnerdigest.digest;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the digest module; every one is documented in README.md and docs/digest.md.
 *
 * @param dataDir the data directory: the outbox folder and the generated secret live there
 * @param publicUrl the base of every absolute link in a digest
 * @param digest the digest's own settings ({@code partner-digest.digest.*})
 */
@ConfigurationProperties("partner-digest")
record DigestProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue("http://localhost:8080") URI publicUrl,
    @DefaultValue Digest digest) {

  /**
   * @param scheduled build editions on {@code cron}, purge unconfirmed addresses and keep sending
   *     in the background; off for the command line and some tests
   * @param cron when an edition is cut (Spring cron, six fields)
   * @param zone the time zone of {@code cron}
   * @param settle how long after its cut-off an edition is cut, so that entries stamped just before
   *     the cut-off have been committed (see {@link EditionSchedule})
   * @param from the sender of every mail
   * @param unsubscribeMailbox the mailbox of the {@code mailto:} unsubscribe link, the sender's
   *     when empty
   * @param secret the key that signs links in mails; generated into the data directory when empty
   * @param confirmExpiry how long a confirmation link works; unconfirmed addresses are purged after
   * @param firstEditionCovers how far back the very first edition looks
   * @param maxEntryAge entries published longer before the cut-off are left out
   * @param perTopic how many entries of a topic one mail shows (the web edition shows all)
   * @param maxAttempts tries per mail before it is marked failed
   * @param backoff the wait after the first transient failure, doubled after each further one
   * @param maxBackoff the longest wait between two tries
   * @param rateLimit at most this many messages per second
   * @param outbox where mail goes when no {@code spring.mail.host} is set
   * @param claimTimeout how long a sender owns a delivery it took up: other senders (other
   *     instances on one database) leave it alone that long; a sender that died mid-send leaves its
   *     one message to be retried after it. Longer than any SMTP timeout.
   */
  record Digest(
      @DefaultValue("true") boolean scheduled,
      @DefaultValue("0 0 7 * * MON") String cron,
      @DefaultValue("UTC") ZoneId zone,
      @DefaultValue("2m") Duration settle,
      @DefaultValue("Partner Digest <digest@localhost>") String from,
      @DefaultValue("") String unsubscribeMailbox,
      @DefaultValue("") String secret,
      @DefaultValue("3d") Duration confirmExpiry,
      @DefaultValue("7d") Duration firstEditionCovers,
      @DefaultValue("14d") Duration maxEntryAge,
      @DefaultValue("5") int perTopic,
      @DefaultValue("12") int maxAttempts,
      @DefaultValue("30s") Duration backoff,
      @DefaultValue("1h") Duration maxBackoff,
      @DefaultValue("5") double rateLimit,
      @DefaultValue("") Path outbox,
      @DefaultValue("10m") Duration claimTimeout) {}

  /** The outbox folder: {@code outbox} when set, else {@code outbox/} in the data directory. */
  Path outboxDir() {
    return digest.outbox() == null || digest.outbox().toString().isEmpty()
        ? dataDir.resolve("outbox")
        : digest.outbox();
  }

  /** An absolute URL for a path such as {@code /digests/2026-W49}, without a doubled slash. */
  String absolute(String pathAndQuery) {
    String base = publicUrl.toString();
    return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery;
  }
}
