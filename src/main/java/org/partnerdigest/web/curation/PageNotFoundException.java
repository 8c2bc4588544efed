package org.partnerdigest.web.curation;

/** A feed, topic or kept version the editor's page names does not exist; a 404 page. */
class PageNotFoundException extends RuntimeException {
  PageNotFoundException(String message) {
    super(message);
  }
}
