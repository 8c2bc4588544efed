package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subscribe → confirmation mail → confirm → edition → exactly one digest per subscriber, through a
 * real SMTP server, with both parts, the RFC 8058 headers, and every link answering 200.
 */
class DigestEndToEndTests extends DigestSiteTest {

  @Test
  void subscribersGetExactlyOneDigestWithBothPartsAndWorkingLinks() throws Exception {
    Instant cutoff = nextCutoff();
    Instant seen = cutoff.minus(Duration.ofDays(2));
    Instant published = cutoff.minus(Duration.ofDays(3));
    archive(
        "program-blog",
        seen,
        post("e2e-myth", "The renewal myth, corrected", "A myth about renewal dates.", published),
        post("e2e-benefits", "New benefits for partners", "More benefits this year.", published));
    archive(
        "jane",
        seen,
        post("e2e-other", "A note without a topic", "Something else entirely.", published));

    String everything = "all-e2e@example.com";
    String renewals = "renewals-e2e@example.com";
    subscribeAndConfirm(everything, List.of());
    subscribeAndConfirm(renewals, List.of("renewals"));

    String key = editions.publish(cutoff).orElseThrow();
    awaitDelivered(cutoff);
    editions.publish(cutoff);
    awaitDelivered(cutoff);

    assertThat(Mails.digestsTo(everything)).hasSize(1);
    assertThat(Mails.digestsTo(renewals)).hasSize(1);
    MimeMessage digest = Mails.digestsTo(everything).getFirst();
    assertThat(digest.getContentType()).startsWith("multipart/alternative");
    assertThat(Mails.subject(digest))
        .startsWith("Partner Digest, ")
        .endsWith(": 1 misconception corrected, 2 new posts");
    String text = Mails.part(digest, "text/plain");
    String html = Mails.part(digest, "text/html");
    assertThat(text)
        .contains(
            "MISCONCEPTIONS CORRECTED", "The renewal myth, corrected", "A note without a topic");
    assertThat(html).contains("The renewal myth, corrected").doesNotContain("<img");
    assertThat(Mails.header(digest, "List-Unsubscribe"))
        .matches(
            "<" + BASE + "/unsubscribe\\?token=[^>]+>, <mailto:digest@localhost\\?subject=[^>]+>");
    assertThat(Mails.header(digest, "List-Unsubscribe-Post"))
        .isEqualTo("List-Unsubscribe=One-Click");

    MimeMessage topicDigest = Mails.digestsTo(renewals).getFirst();
    assertThat(Mails.part(topicDigest, "text/plain"))
        .contains("The renewal myth, corrected")
        .doesNotContain("New benefits for partners", "A note without a topic");

    List<String> links = Mails.links(List.of(digest, topicDigest));
    assertThat(links).contains(BASE + "/digests/" + key).allMatch(l -> l.startsWith("http"));
    for (String link : links.stream().distinct().toList()) {
      assertThat(http.get(link).statusCode()).as(link).isEqualTo(200);
    }
    System.out.println("--- text part of a digest, as sent ---\n" + text);
  }

  @Test
  void confirmingTakesAPostAndAGetOnlyShowsTheButton() {
    String email = "scanner-e2e@example.com";
    http.postJson("/api/subscribers", SiteHttp.subscribeBody(email, List.of()));
    String link = awaitLink(email, "/subscribe/confirm?token=");

    HttpResponse<String> page = http.get(link);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("Confirm my subscription", "method=\"post\"");
    assertThat(subscribers.findByEmail(email).orElseThrow().status())
        .isEqualTo(Subscriber.Status.PENDING);
    assertThat(http.postForm(link, "").statusCode()).isEqualTo(200);
    assertThat(subscribers.findByEmail(email).orElseThrow().status())
        .isEqualTo(Subscriber.Status.ACTIVE);
  }

  @Test
  void answers202AlsoForAnAddressAlreadySubscribed() {
    String email = "twice-e2e@example.com";
    subscribeAndConfirm(email, List.of());

    HttpResponse<String> again =
        http.postJson("/api/subscribers", SiteHttp.subscribeBody(email, List.of("renewals")));

    assertThat(again.statusCode()).isEqualTo(202);
    await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> Mails.to(email).stream().anyMatch(m -> Mails.subject(m).contains("already")));
    assertThat(subscribers.findByEmail(email).orElseThrow().topics()).isEmpty();
  }
}
