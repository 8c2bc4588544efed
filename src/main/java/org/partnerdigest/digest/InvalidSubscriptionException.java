package org.partnerdigest.digest;

/**
 * A subscription request that cannot be used; {@code field} names the input at fault ({@code email}
 * or {@code topics}) so a form can show the message beside it (a 400 over HTTP).
 */
public class InvalidSubscriptionException extends RuntimeException {

  private final String field;

  public InvalidSubscriptionException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
