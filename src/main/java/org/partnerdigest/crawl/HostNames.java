package org.partnerdigest.crawl;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Locale;

/**
 * Host-name normalisation for the guard. IPv4 literals are read the way {@code inet_aton} and
 * browsers read them, so odd forms such as {@code 2130706433}, {@code 0x7f.1}, {@code 017700000001}
 * and {@code 127.1} all mean 127.0.0.1 and are checked as such, never sent to DNS.
 */
final class HostNames {

  private HostNames() {}

  /** Lower case, without IPv6 brackets and without a trailing root dot. */
  static String normalize(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (h.startsWith("[") && h.endsWith("]")) {
      h = h.substring(1, h.length() - 1);
    }
    if (h.endsWith(".") && h.length() > 1) {
      h = h.substring(0, h.length() - 1);
    }
    return h;
  }

  /**
   * True when the host can only be an IPv4 literal: its last label starts with a digit (no
   * top-level domain does), e.g. {@code 127.1} or {@code 0x7f.0.0.1}.
   */
  static boolean looksLikeIpv4(String normalized) {
    String last = normalized.substring(normalized.lastIndexOf('.') + 1);
    return !last.isEmpty() && Character.isDigit(last.charAt(0));
  }

  /**
   * The address a literal host names, or {@code null} when it is a name to resolve.
   *
   * @throws IllegalArgumentException when the host looks like an address but is not a valid one
   */
  static InetAddress literal(String host) {
    String h = normalize(host);
    if (h.contains(":")) {
      try {
        return InetAddress.ofLiteral(h);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + host + "' is not a valid IPv6 address");
      }
    }
    if (looksLikeIpv4(h)) {
      try {
        return Inet4Address.ofPosixLiteral(h);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + host + "' is not a valid IPv4 address");
      }
    }
    return null;
  }
}
