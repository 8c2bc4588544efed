package org.partnerdigest.web.curation;

/** A parameter the editor's pages cannot use; a 400 page that says what to change. */
class BadInputException extends RuntimeException {
  BadInputException(String message) {
    super(message);
  }
}
