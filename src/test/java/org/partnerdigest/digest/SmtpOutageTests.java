package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The SMTP server goes away in the middle of an edition and comes back: the sender retries with
 * backoff, and in the end every subscriber has exactly one copy.
 */
class SmtpOutageTests extends DigestSiteTest {

  static final int SUBSCRIBERS = 30;

  @Test
  void afterTheServerComesBackEverySubscriberHasExactlyOneCopy() {
    Instant cutoff = nextCutoff();
    List<String> emails =
        IntStream.range(0, SUBSCRIBERS).mapToObj(i -> "outage-" + i + "@example.com").toList();
    for (String email : emails) {
      Subscriber s = subscribers.insert(email, List.of(), Instant.now());
      subscribers.setStatus(s.id(), Subscriber.Status.ACTIVE, Instant.now());
    }
    archive(
        "program-blog",
        cutoff.minus(Duration.ofDays(1)),
        post("outage-post", "Benefits renewed", "benefits", cutoff.minus(Duration.ofDays(1))));

    editions.publish(cutoff);
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(2))
        .until(() -> emails.stream().filter(e -> !Mails.digestsTo(e).isEmpty()).count() >= 3);
    Mails.stop(MAIL.get());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(
            () ->
                deliveries.problems(cutoff).stream()
                    .anyMatch(r -> r.attempts() > 0 && r.lastError() != null));
    long beforeRecovery = emails.stream().filter(e -> !Mails.digestsTo(e).isEmpty()).count();
    MAIL.set(startMail());

    awaitDelivered(cutoff);

    assertThat(beforeRecovery).isLessThan(SUBSCRIBERS);
    for (String email : emails) {
      assertThat(Mails.digestsTo(email)).as(email).hasSize(1);
    }
    assertThat(deliveries.counts(cutoff).failed()).isZero();
  }
}
