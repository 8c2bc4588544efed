package org.partnerdigest.search;

import java.time.Duration;

/**
 * The search index is not open yet (the first moments after start-up) and did not open within the
 * short wait a search allows.
 */
public class IndexNotReadyException extends SearchUnavailableException {

  IndexNotReadyException(Duration retryAfter) {
    super(
        "The search index is still opening; try again in " + retryAfter.toSeconds() + " s.",
        retryAfter);
  }

  @Override
  public String title() {
    return "Starting up";
  }
}
