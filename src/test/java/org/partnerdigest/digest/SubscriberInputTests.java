package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input to the sign-up API and form, and a topic editors removed from feeds.yml. */
class SubscriberInputTests extends DigestSiteTest {

  @Autowired CatalogService catalog;

  @Nested
  class Api {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "victim@example.com\r\nBcc: everyone@example.com",
          "victim@example.com\nSubject: hi",
          "victim@example.com%0d%0aBcc:x@example.com",
          "\"Victim\" <victim@example.com>",
          "victim@example.com, other@example.com",
          "victim@example.com;other@example.com",
        })
    void refusesHeaderInjectionAttempts(String email) {
      HttpResponse<String> answer =
          http.postJson("/api/subscribers", SiteHttp.subscribeBody(email, List.of()));

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
      assertThat(answer.body()).contains("\"field\":\"email\"");
      assertThat(subscribers.findByEmail(email.split("[\\r\\n,;]")[0])).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "plainaddress",
          "no-domain@",
          "@no-local.com",
          "two@@example.com",
          "dot.@example.com",
          "a@localhost",
          "a@-bad-.com",
          "a@127.0.0.1",
          "spa ce@example.com"
        })
    void refusesInvalidAddressesWithAClearMessage(String email) {
      HttpResponse<String> answer =
          http.postJson("/api/subscribers", SiteHttp.subscribeBody(email, List.of()));

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("\"field\":\"email\"", "\"detail\":\"");
    }

    @Test
    void refusesAnAddressLongerThan254Characters() {
      String email =
          "a".repeat(64)
              + "@"
              + "b".repeat(63)
              + "."
              + "c".repeat(63)
              + "."
              + "d".repeat(63)
              + ".com";

      HttpResponse<String> answer =
          http.postJson("/api/subscribers", SiteHttp.subscribeBody(email, List.of()));

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("longer than 254 characters");
    }

    @Test
    void refusesAnUnknownTopicNamingTheKnownOnes() {
      HttpResponse<String> answer =
          http.postJson(
              "/api/subscribers", SiteHttp.subscribeBody("topic@example.com", List.of("nope")));

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body())
          .contains("\"field\":\"topics\"", "There is no topic 'nope'", "renewals");
    }

    @Test
    void refusesMalformedJson() {
      assertThat(http.postJson("/api/subscribers", "{\"email\": ").statusCode()).isEqualTo(400);
    }
  }

  @Nested
  class Form {

    @Test
    void reRendersTheFormWithTheErrorBesideTheField() {
      HttpResponse<String> answer =
          visitor()
              .submit(
                  "/subscribe",
                  "/subscribe",
                  Map.of("scope", "everything", "email", "me@example.com\r\nBcc: x@example.com"));

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body())
          .contains("id=\"email-error\"", "must be on one line", "aria-invalid=\"true\"")
          .doesNotContain("<script");
    }

    @Test
    void asksForATopicWhenOnlyTopicsIsChosenWithoutAny() {
      HttpResponse<String> answer =
          visitor()
              .submit(
                  "/subscribe",
                  "/subscribe",
                  Map.of("scope", "topics", "email", "form-topics@example.com"));

      assertThat(answer.statusCode()).isEqualTo(400);
      assertThat(answer.body()).contains("id=\"topics-error\"", "Choose at least one topic");
    }

    @Test
    void acceptsAGoodAddressAndSendsTheConfirmation() {
      HttpResponse<String> answer =
          visitor()
              .submit(
                  "/subscribe",
                  "/subscribe",
                  Map.of("scope", "topics", "topics", "renewals", "email", "form-ok@example.com"));

      assertThat(answer.statusCode()).isEqualTo(200);
      assertThat(awaitLink("form-ok@example.com", "/subscribe/confirm?token=")).startsWith(BASE);
      String id = subscribers.findByEmail("form-ok@example.com").orElseThrow().id();
      assertThat(subscribers.consents(id))
          .singleElement()
          .satisfies(c -> assertThat(c).startsWith("subscribe form "));
    }

    @Test
    void refusesAPostWithoutTheFormsCsrfToken() {
      HttpResponse<String> answer =
          visitor().post("/subscribe", Map.of("email", "no-csrf@example.com"));

      assertThat(answer.statusCode()).isEqualTo(403);
      assertThat(subscribers.findByEmail("no-csrf@example.com")).isEmpty();
    }
  }

  @Test
  void aSubscriberWhoseOnlyTopicWasRemovedGetsNoMailAndIsToldSo() throws Exception {
    String email = "removed-topic@example.com";
    subscribeAndConfirm(email, List.of("benefits"));
    String feeds = Files.readString(DATA.resolve("feeds.yml"));
    Files.writeString(
        DATA.resolve("feeds.yml"),
        feeds.replace("  - key: benefits\n    title: Benefits\n    query: benefits\n", ""));
    try {
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> catalog.current().topic("benefits").isEmpty());
      Instant cutoff = nextCutoff();
      archive(
          "program-blog",
          cutoff.minus(Duration.ofDays(1)),
          post(
              "removed-benefits", "Benefits galore", "benefits", cutoff.minus(Duration.ofDays(1))));

      editions.publish(cutoff);
      awaitDelivered(cutoff);

      assertThat(Mails.digestsTo(email)).isEmpty();
      String token = awaitLink(email, "/subscribe/preferences?token=");
      assertThat(http.get(token).body()).contains("Editors removed", "benefits");
      assertThat(
              http.postJson(
                      "/api/subscribers", SiteHttp.subscribeBody("x-" + email, List.of("benefits")))
                  .statusCode())
          .isEqualTo(400);
    } finally {
      Files.writeString(DATA.resolve("feeds.yml"), feeds);
      await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> catalog.current().topic("benefits").isPresent());
    }
  }
}
