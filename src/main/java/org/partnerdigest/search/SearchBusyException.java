package org.partnerdigest.search;

import java.time.Duration;

/**
 * An expensive query found every expensive-query permit taken for longer than it may wait; the
 * client should try again after {@link #retryAfter()}.
 */
public class SearchBusyException extends SearchUnavailableException {

  SearchBusyException(String message, Duration retryAfter) {
    super(message, retryAfter);
  }

  @Override
  public String title() {
    return "Busy";
  }
}
