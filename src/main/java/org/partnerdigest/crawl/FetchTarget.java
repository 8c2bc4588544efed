package org.partnerdigest.crawl;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A URL ready to request: http or https only, with its host normalised. Java's {@link URI} leaves
 * the host {@code null} for forms such as {@code http://127.1/} or {@code http://0x7f.1/}, so the
 * host is read from the authority and odd IPv4 literals are rewritten to dotted quads; the guard
 * then sees exactly the address the client connects to.
 *
 * @param uri the URL as requested (normalised host, no fragment)
 */
record FetchTarget(URI uri) {

  /**
   * @throws IllegalArgumentException with a message for editors
   */
  static FetchTarget of(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "refused: only http and https URLs can be fetched, not '" + url + "'");
    }
    String authority = url.getRawAuthority();
    if (authority == null || authority.isEmpty()) {
      throw new IllegalArgumentException("refused: '" + url + "' names no host");
    }
    String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
    String host;
    int port = -1;
    if (hostPort.startsWith("[")) {
      int close = hostPort.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("refused: '" + url + "' has a bad IPv6 host");
      }
      host = hostPort.substring(0, close + 1);
      port = port(hostPort.substring(close + 1), url);
    } else {
      int colon = hostPort.indexOf(':');
      host = colon < 0 ? hostPort : hostPort.substring(0, colon);
      port = colon < 0 ? -1 : port(hostPort.substring(colon), url);
    }
    String normalized = HostNames.normalize(host);
    if (normalized.isEmpty()) {
      throw new IllegalArgumentException("refused: '" + url + "' names no host");
    }
    InetAddress literal;
    try {
      literal = HostNames.literal(normalized);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("refused: " + e.getMessage());
    }
    String shown =
        literal == null
            ? normalized
            : literal.getAddress().length == 16
                ? "[" + literal.getHostAddress() + "]"
                : literal.getHostAddress();
    StringBuilder s = new StringBuilder(scheme).append("://").append(shown);
    if (port >= 0) {
      s.append(':').append(port);
    }
    String path = url.getRawPath();
    s.append(path == null || path.isEmpty() ? "/" : path);
    if (url.getRawQuery() != null) {
      s.append('?').append(url.getRawQuery());
    }
    try {
      return new FetchTarget(new URI(s.toString()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("refused: '" + url + "' is not a valid URL");
    }
  }

  private static int port(String colonPort, URI url) {
    if (colonPort.isEmpty() || colonPort.equals(":")) {
      return -1;
    }
    try {
      int port = Integer.parseInt(colonPort.substring(1));
      if (port > 0 && port < 65536) {
        return port;
      }
    } catch (NumberFormatException e) {
      // fall through to the message below
    }
    throw new IllegalArgumentException("refused: '" + url + "' has a bad port");
  }
}
