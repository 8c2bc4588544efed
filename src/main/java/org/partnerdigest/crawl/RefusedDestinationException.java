package org.partnerdigest.crawl;

import java.net.UnknownHostException;

/**
 * Thrown by the guard's resolver so the HTTP client never connects; an {@link UnknownHostException}
 * because that is what a {@code DnsResolver} may throw. The message is for editors and operators.
 */
final class RefusedDestinationException extends UnknownHostException {

  RefusedDestinationException(String message) {
    super(message);
  }
}
