package org.partnerdigest.web;

/** An entry, topic or other named thing that does not exist (a 404). */
class NotFoundException extends RuntimeException {

  NotFoundException(String message) {
    super(message);
  }
}
