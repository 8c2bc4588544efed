package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.partnerdigest.archive.AuditLog;
import org.partnerdigest.web.EditorSession;
import org.partnerdigest.web.Editors;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The archive pages, the Atom feed of editions and the editors' controls (signed in, with the
 * page's CSRF token, audited) answer and show data.
 */
class DigestPagesTests extends DigestSiteTest {

  @Autowired AuditLog audit;

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

    EditorSession editor = editor();
    HttpResponse<String> page = editor.get("/admin/digest?preview=true&topics=benefits");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains(
            "the SMTP server 127.0.0.1:" + SMTP_PORT, "Editions and deliveries", "Plain-text part");
    assertThat(editor.get("/admin/digest/preview.html?topics=benefits").statusCode())
        .isEqualTo(200);
    assertThat(editor.submit("/admin/digest", "/admin/digest/send-now", Map.of()).statusCode())
        .isEqualTo(302);
    assertThat(
            editor
                .submit("/admin/digest", "/admin/digest/test", Map.of("address", "bad\r\nBcc:x"))
                .statusCode())
        .isEqualTo(302);
  }

  @Test
  void aTestMailIsRecordedInTheAuditLog() {
    String address = "audited-test@example.com";

    editor().submit("/admin/digest", "/admin/digest/test", Map.of("address", address));

    assertThat(audit.recent(1, 5).events())
        .anySatisfy(
            e -> {
              assertThat(e.editor()).isEqualTo(Editors.ED);
              assertThat(e.action()).isEqualTo("digest.send");
              assertThat(e.target()).isEqualTo("test");
              assertThat(e.detail()).contains(address);
            });
  }

  @Test
  void theEditorsControlsNeedASignedInEditor() {
    EditorSession anonymous = visitor();

    assertThat(anonymous.get("/admin/digest").headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    assertThat(anonymous.post("/admin/digest/send-now", Map.of()).statusCode()).isEqualTo(403);
    assertThat(editor().post("/admin/digest/test", Map.of("address", "x@example.com")).statusCode())
        .as("a post without the page's CSRF token")
        .isEqualTo(403);
  }

  @Test
  void aTestMailGoesToTheGivenAddress() {
    String address = "editor-test@example.com";

    assertThat(
            editor()
                .submit(
                    "/admin/digest",
                    "/admin/digest/test",
                    Map.of("address", address, "topics", "renewals"))
                .statusCode())
        .isEqualTo(302);

    assertThat(Mails.to(address)).isNotEmpty();
    assertThat(subscribers.findByEmail(address)).isEmpty();
    assertThat(List.of(Mails.subject(Mails.to(address).getFirst())))
        .allMatch(s -> s.startsWith("Partner Digest"));
  }
}
