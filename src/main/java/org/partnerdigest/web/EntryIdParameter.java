package org.partnerdigest.web;

import java.util.regex.Pattern;

/**
 * An entry id taken from a path. Entry ids are URL-safe Base64 (the content module's {@code
 * EntryIds}); anything else cannot name an entry, so it is a 400 rather than a lookup.
 */
final class EntryIdParameter {

  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  private EntryIdParameter() {}

  /**
   * @throws InvalidParameterException when {@code id} cannot be an entry id
   */
  static String checked(String id) {
    if (id == null || !WELL_FORMED.matcher(id).matches()) {
      throw new InvalidParameterException(
          "An entry id is 1 to 64 letters, digits, '-' or '_'; this address does not hold one.");
    }
    return id;
  }
}
