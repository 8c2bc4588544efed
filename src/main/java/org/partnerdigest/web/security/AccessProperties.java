package org.partnerdigest.web.security;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may edit and how hard the public endpoints may be pushed ({@code partner-digest.*}); every
 * property is documented in README.md (Editors).
 *
 * @param editors username → bcrypt hash ({@code hash-password} prints one); empty means the
 *     bootstrap account is in use
 * @param metrics access to {@code /actuator/prometheus}
 * @param login sign-in throttling
 * @param rateLimits per client address limits of the public endpoints
 */
@ConfigurationProperties("partner-digest")
record AccessProperties(
    Map<String, String> editors,
    @DefaultValue Metrics metrics,
    @DefaultValue Login login,
    @DefaultValue RateLimits rateLimits) {

  AccessProperties {
    editors = editors == null ? Map.of() : Map.copyOf(editors);
  }

  /**
   * @param scrapeToken a secret that Prometheus sends as {@code Authorization: Bearer …}; empty
   *     means only a signed-in editor may read the metrics
   */
  record Metrics(String scrapeToken) {

    boolean hasScrapeToken() {
      return scrapeToken != null && !scrapeToken.isBlank();
    }
  }

  /**
   * Failed sign-ins allowed per account and, separately, per client address within a window; beyond
   * it the sign-in answers 429 with {@code Retry-After}.
   */
  record Login(@DefaultValue("5") int maxFailures, @DefaultValue("1m") Duration failureWindow) {

    Limit limit() {
      return new Limit(maxFailures, failureWindow, maxFailures);
    }
  }

  /**
   * @param enabled {@code false} turns every public rate limit off
   * @param maxClients how many client addresses each limit tracks at once (the least recently seen
   *     are forgotten first, so memory stays bounded)
   * @param search {@code /api/search}, {@code /search} and {@code /search.atom}
   * @param subscribe {@code POST /subscribe} and {@code POST /api/subscribers}
   */
  record RateLimits(
      @DefaultValue("true") boolean enabled,
      @DefaultValue("100000") int maxClients,
      @DefaultValue Search search,
      @DefaultValue Subscribe subscribe) {

    /** Searches: 20 per second on average, bursts of 40. */
    record Search(
        @DefaultValue("20") long rate,
        @DefaultValue("1s") Duration period,
        @DefaultValue("40") long burst) {

      Limit limit() {
        return new Limit(rate, period, burst);
      }
    }

    /** Subscriptions: 5 per minute. */
    record Subscribe(
        @DefaultValue("5") long rate,
        @DefaultValue("1m") Duration period,
        @DefaultValue("5") long burst) {

      Limit limit() {
        return new Limit(rate, period, burst);
      }
    }
  }

  /** A token bucket: {@code burst} tokens, refilled at {@code rate} per {@code period}. */
  record Limit(long rate, Duration period, long burst) {

    Limit {
      if (rate < 1 || burst < 1 || period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException(
            "a rate limit needs rate >= 1, burst >= 1 and a positive period, was "
                + rate
                + " per "
                + period
                + ", burst "
                + burst);
      }
    }

    /** How long an untouched bucket takes to fill up again; after that it can be forgotten. */
    Duration refillTime() {
      return period.multipliedBy(burst).dividedBy(rate).plusSeconds(1);
    }
  }
}
