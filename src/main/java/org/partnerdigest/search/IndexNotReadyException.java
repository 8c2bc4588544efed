package org.partnerdigest.search;

import java.time.Duration;

/**
 * The search index is not open yet (the first moments after start-up) and did not open within the
 * short wait a search allows; the caller should answer 503 and ask the client to retry.
 */
public class IndexNotReadyException extends RuntimeException {

  private final Duration retryAfter;

  IndexNotReadyException(Duration retryAfter) {
    super("The search index is still opening; try again in " + retryAfter.toSeconds() + " s.");
    this.retryAfter = retryAfter;
  }

  /** When a retry is likely to succeed. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
