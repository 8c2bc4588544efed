package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 8058 one-click unsubscribe: a POST to the header's URL unsubscribes, a GET does not. */
class UnsubscribeTests extends DigestSiteTest {

  @Test
  void oneClickPostUnsubscribesAndGetChangesNothing() {
    String email = "one-click@example.com";
    String url = digestUnsubscribeUrl(email);

    assertThat(http.get(url).statusCode()).isEqualTo(200);
    assertThat(status(email)).isEqualTo(Subscriber.Status.ACTIVE);

    var answer = http.postForm(url, "List-Unsubscribe=One-Click");

    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(status(email)).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
    assertThat(subscribers.consents(subscribers.findByEmail(email).orElseThrow().id()))
        .anyMatch(c -> c.startsWith("unsubscribe one-click "));
    assertThat(http.postForm(url, "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
  }

  @Test
  void refusesATamperedOrForgedToken() {
    String email = "tamper@example.com";
    String url = digestUnsubscribeUrl(email);
    String token = url.substring(url.indexOf("token=") + 6);
    String tampered = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");

    assertThat(
            http.postForm("/unsubscribe?token=" + tampered, "List-Unsubscribe=One-Click")
                .statusCode())
        .isEqualTo(400);
    assertThat(http.postForm("/unsubscribe?token=forged.token", "").statusCode()).isEqualTo(400);
    assertThat(http.postForm("/unsubscribe", "").statusCode()).isEqualTo(400);
    assertThat(http.get("/subscribe/preferences?token=" + tampered).statusCode()).isEqualTo(400);
    assertThat(status(email)).isEqualTo(Subscriber.Status.ACTIVE);
  }

  @Test
  void deletingMyDataRemovesTheAddressAndAnonymisesDeliveries() {
    String email = "forget-me@example.com";
    String url = digestUnsubscribeUrl(email);
    String token = url.substring(url.indexOf("token=") + 6);
    String id = subscribers.findByEmail(email).orElseThrow().id();

    assertThat(http.postForm("/subscribe/delete", "token=" + token).statusCode()).isEqualTo(200);

    assertThat(subscribers.findByEmail(email)).isEmpty();
    assertThat(subscribers.consents(id)).isEmpty();
    assertThat(http.get("/subscribe/preferences?token=" + token).statusCode()).isEqualTo(400);
  }

  private String digestUnsubscribeUrl(String email) {
    subscribeAndConfirm(email, List.of());
    Instant cutoff = nextCutoff();
    archive(
        "jane",
        cutoff.minus(Duration.ofDays(1)),
        post(
            "unsub-" + email,
            "Renewal reminder for " + email,
            "renewal",
            cutoff.minus(Duration.ofDays(1))));
    editions.publish(cutoff);
    awaitDelivered(cutoff);
    MimeMessage digest = Mails.digestsTo(email).getLast();
    String header = Mails.header(digest, "List-Unsubscribe");
    return header.substring(1, header.indexOf('>'));
  }

  private Subscriber.Status status(String email) {
    return subscribers.findByEmail(email).orElseThrow().status();
  }
}
