package org.partnerdigest.search;

import java.time.Duration;

/**
 * An expensive query found every expensive-query permit taken for longer than it may wait; the
 * client should try again after {@link #retryAfter()} (a 503 with {@code Retry-After}).
 */
public class SearchBusyException extends RuntimeException {

  private final Duration retryAfter;

  public SearchBusyException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
