package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Failed;
import org.partnerdigest.crawl.FetchOutcome.Gone;
import org.partnerdigest.crawl.FetchOutcome.RateLimited;

/** Error statuses become outcomes: gone, rate-limited (with Retry-After) or failed. */
class FeedFetcherStatusesTests extends FetcherTest {

  void respond(int status, String retryAfter) {
    server.on(
        "/feed",
        exchange -> {
          if (retryAfter != null) {
            exchange.getResponseHeaders().set("Retry-After", retryAfter);
          }
          LoopbackServer.send(exchange, status, "text/html", "<p>no</p>".getBytes());
        });
  }

  FetchOutcome fetch() {
    return fetcher().fetch(server.url("/feed"), null, null);
  }

  @Test
  void goneOn410() {
    respond(410, null);
    assertThat(fetch()).isEqualTo(new Gone("HTTP 410 Gone"));
  }

  @Test
  void rateLimitedWithRetryAfterSeconds() {
    respond(429, "120");
    assertThat(fetch())
        .isEqualTo(new RateLimited(NOW.plusSeconds(120), "HTTP 429 Too Many Requests"));
  }

  @Test
  void rateLimitedWithRetryAfterHttpDate() {
    respond(429, "Wed, 25 Nov 2026 13:30:00 GMT");
    assertThat(fetch())
        .isEqualTo(
            new RateLimited(Instant.parse("2026-11-25T13:30:00Z"), "HTTP 429 Too Many Requests"));
  }

  @Test
  void rateLimitedWithAHugeRetryAfterWaitsTheLongestWeWait() {
    respond(503, "999999999999999999999");
    assertThat(fetch())
        .isEqualTo(new RateLimited(NOW.plus(Duration.ofHours(4)), "HTTP 503 Service Unavailable"));
  }

  @Test
  void unavailableWithGarbageRetryAfterHasNoRetryTime() {
    respond(503, "soon-ish");
    assertThat(fetch()).isEqualTo(new RateLimited(null, "HTTP 503 Service Unavailable"));
  }

  @Test
  void failsOn500() {
    respond(500, null);
    assertThat(fetch()).isEqualTo(new Failed("HTTP 500 Internal Server Error"));
  }

  @Test
  void failsOn404() {
    respond(404, null);
    assertThat(fetch()).isEqualTo(new Failed("HTTP 404 Not Found"));
  }
}
