package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Double opt-in leaves no trace of an address that never confirmed: once its confirmation link has
 * expired, the hourly purge deletes it; confirmed subscribers stay.
 */
class UnconfirmedPurgeTests extends DigestSiteTest {

  @Autowired Subscriptions subscriptions;

  @Test
  void purgesUnconfirmedAddressesOnceTheirLinkExpiredAndKeepsConfirmedOnes() {
    String pending = "never-confirms@example.test";
    String confirmed = "confirms@example.test";
    subscribeAndConfirm(confirmed, List.of());
    http.postJson("/api/subscribers", SiteHttp.subscribeBody(pending, List.of()));
    String link = awaitLink(pending, "/subscribe/confirm?token=");

    assertThat(subscriptions.purgeUnconfirmed(Duration.ofDays(3))).isZero();
    assertThat(subscribers.findByEmail(pending)).isPresent();

    // An expiry of zero makes every pending address older than its link: what the hourly run
    // sees three days later.
    subscriptions.purgeUnconfirmed(Duration.ZERO);

    assertThat(subscribers.findByEmail(pending)).isEmpty();
    assertThat(subscribers.findByEmail(confirmed))
        .get()
        .extracting(Subscriber::status)
        .isEqualTo(Subscriber.Status.ACTIVE);
    var answer = http.postForm(link, "");
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(answer.body()).contains("no longer signed up");
  }
}
