package org.partnerdigest.search;

/** A query beyond the documented limits; the message says which limit, for a 400 problem detail. */
public class InvalidQueryException extends RuntimeException {

  public InvalidQueryException(String message) {
    super(message);
  }
}
