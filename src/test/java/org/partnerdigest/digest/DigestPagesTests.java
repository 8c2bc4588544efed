package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The archive pages, the Atom feed of editions and the editors' controls answer and show data. */
class DigestPagesTests extends DigestSiteTest {

  @Test
  void archiveListsEditionsAndTheFeedLinksToThem() {
    Instant cutoff = nextCutoff();
    archive(
        "jane",
        cutoff.minus(Duration.ofDays(1)),
        post("pages-1", "Renewal pages post", "renewal", cutoff.minus(Duration.ofDays(1))));
    String key = editions.publish(cutoff).orElseThrow();

    assertThat(http.get("/digests").body()).contains("/digests/" + key);
    HttpResponse<String> feed = http.get("/digests/feed.atom");
    assertThat(feed.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    assertThat(feed.body()).contains(BASE + "/digests/" + key);
    assertThat(http.get("/digests/no-such-edition").statusCode()).isEqualTo(404);
  }

  @Test
  void adminPageShowsDestinationDeliveriesAndAPreview() {
    Instant cutoff = nextCutoff();
    archive(
        "jane",
        cutoff.minus(Duration.ofDays(1)),
        post("pages-2", "Benefits admin post", "benefits", cutoff.minus(Duration.ofDays(1))));
    editions.publish(cutoff);
    awaitDelivered(cutoff);

    HttpResponse<String> page = http.get("/admin/digest?preview=true&topics=benefits");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "the SMTP server 127.0.0.1:" + SMTP_PORT, "Editions and deliveries", "Plain-text part");
    assertThat(http.get("/admin/digest/preview.html?topics=benefits").statusCode()).isEqualTo(200);
    assertThat(http.postForm("/admin/digest/send-now", "").statusCode()).isEqualTo(302);
    assertThat(http.postForm("/admin/digest/test", "address=bad%0d%0aBcc:x").statusCode())
        .isEqualTo(302);
  }

  @Test
  void aTestMailGoesToTheGivenAddress() {
    String address = "editor-test@example.com";

    assertThat(
            http.postForm("/admin/digest/test", "address=" + address + "&topics=renewals")
                .statusCode())
        .isEqualTo(302);

    assertThat(Mails.to(address)).isNotEmpty();
    assertThat(subscribers.findByEmail(address)).isEmpty();
    assertThat(List.of(Mails.subject(Mails.to(address).getFirst())))
        .allMatch(s -> s.startsWith("Partner Digest"));
  }
}
