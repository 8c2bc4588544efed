package org.partnerdigest.crawl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The SSRF guard, built into name resolution: the HTTP client asks it for a host's addresses, it
 * resolves them, refuses the whole host if any address is forbidden, and returns exactly the
 * addresses it checked, so the connection goes to a checked address (no DNS-rebinding window).
 * Literal hosts are checked without DNS. The operator's allowed hosts are exempt.
 */
final class AddressGuard implements DnsResolver {

  private static final String HINT = " (set partner-digest.crawl.allowed-hosts to allow it)";

  /** Names that lead to instance metadata whatever they resolve to. */
  private static final Set<String> METADATA_NAMES =
      Set.of("metadata.google.internal", "metadata", "instance-data", "instance-data.ec2.internal");

  private final AllowedHosts allowed;
  private final NameLookup lookup;

  AddressGuard(AllowedHosts allowed) {
    this(allowed, InetAddress::getAllByName);
  }

  AddressGuard(AllowedHosts allowed, NameLookup lookup) {
    this.allowed = allowed;
    this.lookup = lookup;
  }

  /** How names become addresses; the system resolver outside tests. */
  @FunctionalInterface
  interface NameLookup {
    InetAddress[] lookup(String host) throws UnknownHostException;
  }

  @Override
  public InetAddress[] resolve(String host) throws UnknownHostException {
    String name = HostNames.normalize(host);
    InetAddress literal;
    try {
      literal = HostNames.literal(name);
    } catch (IllegalArgumentException e) {
      throw new RefusedDestinationException("refused: " + e.getMessage());
    }
    if (literal != null) {
      check(literal, literal.getHostAddress());
      return new InetAddress[] {literal};
    }
    if (allowed.allowsName(name)) {
      return lookup.lookup(name);
    }
    if (METADATA_NAMES.contains(name)) {
      throw new RefusedDestinationException(
          "refused: " + name + " is a cloud metadata address" + HINT);
    }
    InetAddress[] addresses = lookup.lookup(name);
    for (InetAddress address : addresses) {
      check(address, name + " (" + address.getHostAddress() + ")");
    }
    // A copy holding the checked addresses only, as literal addresses: nothing resolves again.
    return Arrays.stream(addresses).map(a -> rebuild(name, a)).toArray(InetAddress[]::new);
  }

  @Override
  public List<InetSocketAddress> resolve(String host, int port) throws UnknownHostException {
    return Arrays.stream(resolve(host)).map(a -> new InetSocketAddress(a, port)).toList();
  }

  @Override
  public String resolveCanonicalHostname(String host) throws UnknownHostException {
    return host;
  }

  /** Throws when {@code address} is forbidden and not allowed by the operator. */
  void check(InetAddress address, String shown) throws RefusedDestinationException {
    String reason = ForbiddenRanges.reason(address);
    if (reason != null && !allowed.allowsAddress(address)) {
      throw new RefusedDestinationException("refused: " + shown + " is " + reason + HINT);
    }
  }

  private static InetAddress rebuild(String name, InetAddress address) {
    try {
      return InetAddress.getByAddress(name, address.getAddress());
    } catch (UnknownHostException e) {
      throw new IllegalStateException(e); // only for a bad length, impossible here
    }
  }
}
