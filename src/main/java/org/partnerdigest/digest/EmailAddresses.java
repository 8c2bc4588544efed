package org.partnerdigest.digest;

import java.net.IDN;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks an address a person typed before it goes near a mail header: one line, no control
 * characters, at most 254 characters (RFC 5321), a plain {@code local@domain} without display
 * names, comments, quoting or lists, and a domain of valid DNS labels with a dot.
 */
final class EmailAddresses {

  static final int MAX_LENGTH = 254;
  static final int MAX_LOCAL_LENGTH = 64;

  private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+");
  private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

  private EmailAddresses() {}

  /**
   * The address, trimmed, with its domain lower-cased.
   *
   * @throws InvalidSubscriptionException naming what is wrong
   */
  static String check(String raw) {
    if (raw == null || raw.isBlank()) {
      throw invalid("Enter your email address.");
    }
    if (raw.chars().anyMatch(c -> c == '\r' || c == '\n')) {
      throw invalid("The email address must be on one line (no line breaks).");
    }
    String address = raw.strip();
    if (address.chars().anyMatch(c -> Character.isISOControl(c) || Character.isWhitespace(c))) {
      throw invalid("The email address must not contain spaces or control characters.");
    }
    if (address.length() > MAX_LENGTH) {
      throw invalid("The email address is longer than " + MAX_LENGTH + " characters.");
    }
    int at = address.lastIndexOf('@');
    if (at < 0 || address.indexOf('@') != at) {
      throw invalid("The email address needs exactly one @, as in name@example.com.");
    }
    String local = address.substring(0, at);
    String domain = address.substring(at + 1);
    if (local.isEmpty() || local.length() > MAX_LOCAL_LENGTH || !LOCAL.matcher(local).matches()) {
      throw invalid(
          "The part before the @ must be 1 to 64 letters, digits or . _ + - (no <, >, quotes,"
              + " commas or semicolons).");
    }
    if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
      throw invalid("The part before the @ must not start or end with a dot or have two dots.");
    }
    return local + "@" + domain(domain);
  }

  private static String domain(String domain) {
    String ascii;
    try {
      ascii = IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      throw invalid("The part after the @ is not a valid domain name.");
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2) {
      throw invalid("The part after the @ must be a domain with a dot, as in example.com.");
    }
    for (String label : labels) {
      if (!LABEL.matcher(label).matches()) {
        throw invalid("The part after the @ is not a valid domain name.");
      }
    }
    if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
      throw invalid("The part after the @ must be a domain name, not an IP address.");
    }
    return ascii;
  }

  private static InvalidSubscriptionException invalid(String message) {
    return new InvalidSubscriptionException("email", message);
  }
}
