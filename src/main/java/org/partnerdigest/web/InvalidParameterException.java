package org.partnerdigest.web;

/** A request parameter that cannot be used; the message says which one and why (a 400). */
class InvalidParameterException extends RuntimeException {

  InvalidParameterException(String message) {
    super(message);
  }
}
