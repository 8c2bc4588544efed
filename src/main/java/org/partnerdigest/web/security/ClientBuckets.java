package org.partnerdigest.web.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import java.time.Duration;

/**
 * One Bucket4j token bucket per key (a client address, an account) for one {@link
 * AccessProperties.Limit}, held in a bounded Caffeine cache: a bucket untouched for as long as it
 * takes to refill is full again, so forgetting it changes nothing; beyond {@code maxKeys} the least
 * recently used are forgotten first.
 */
final class ClientBuckets {

  private final AccessProperties.Limit limit;
  private final Cache<String, Bucket> buckets;

  ClientBuckets(AccessProperties.Limit limit, int maxKeys) {
    this.limit = limit;
    this.buckets =
        Caffeine.newBuilder().maximumSize(maxKeys).expireAfterAccess(limit.refillTime()).build();
  }

  /** Takes one token; empty when the key has none left, else how long until it has one again. */
  Decision take(String key) {
    ConsumptionProbe probe = bucket(key).tryConsumeAndReturnRemaining(1);
    return probe.isConsumed()
        ? Decision.ALLOWED
        : Decision.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  /** Whether a token is left, without taking it. */
  Decision peek(String key) {
    Bucket bucket = buckets.getIfPresent(key);
    if (bucket == null) {
      return Decision.ALLOWED;
    }
    EstimationProbe probe = bucket.estimateAbilityToConsume(1);
    return probe.canBeConsumed()
        ? Decision.ALLOWED
        : Decision.refused(Duration.ofNanos(probe.getNanosToWaitForRefill()));
  }

  private Bucket bucket(String key) {
    return buckets.get(
        key,
        k ->
            Bucket.builder()
                .addLimit(
                    Bandwidth.builder()
                        .capacity(limit.burst())
                        .refillGreedy(limit.rate(), limit.period())
                        .build())
                .build());
  }

  /**
   * @param retryAfter how long to wait before the next try; zero when allowed
   */
  record Decision(boolean allowed, Duration retryAfter) {

    static final Decision ALLOWED = new Decision(true, Duration.ZERO);

    static Decision refused(Duration wait) {
      return new Decision(false, wait);
    }

    /** Whole seconds for {@code Retry-After}, rounded up and at least 1. */
    long retryAfterSeconds() {
      long seconds = retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0);
      return Math.max(1, seconds);
    }
  }
}
