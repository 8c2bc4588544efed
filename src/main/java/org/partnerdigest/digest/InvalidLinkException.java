package org.partnerdigest.digest;

/**
 * A link from a mail whose token is forged, tampered with, expired or no longer matches an address
 * (a 400 over HTTP); the message says what the person can do.
 */
public class InvalidLinkException extends RuntimeException {

  InvalidLinkException(String message) {
    super(message);
  }
}
