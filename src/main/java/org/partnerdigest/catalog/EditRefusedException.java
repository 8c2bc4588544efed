package org.partnerdigest.catalog;

/**
 * A change to {@code feeds.yml} that cannot be made as asked, with a message for the editor (an
 * unknown feed, a list written in a layout the browser cannot edit, a value that cannot be written
 * safely). Nothing is written.
 */
public class EditRefusedException extends Exception {

  public EditRefusedException(String message) {
    super(message);
  }
}
