package org.partnerdigest.search;

import java.time.Duration;

/**
 * The search cannot answer right now, but will soon: the web answers 503 with {@code Retry-After}.
 * Subclasses say why.
 */
public abstract class SearchUnavailableException extends RuntimeException {

  private final Duration retryAfter;

  SearchUnavailableException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  /** When a retry is likely to succeed. */
  public Duration retryAfter() {
    return retryAfter;
  }

  /** A short title for the problem detail ("Busy", "Starting up"). */
  public abstract String title();
}
