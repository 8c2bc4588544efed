package org.partnerdigest.crawl;

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The operator's exemptions from the private-address guard ({@code
 * partner-digest.crawl.allowed-hosts}): host names (matched case-insensitively) and IP addresses or
 * CIDR ranges such as {@code 127.0.0.0/8} or {@code ::1}.
 */
final class AllowedHosts {

  private final Set<String> names = new HashSet<>();
  private final List<Range> ranges = new ArrayList<>();

  /**
   * @throws IllegalArgumentException naming the entry that is neither a host name nor a range
   */
  AllowedHosts(List<String> entries) {
    for (String raw : entries) {
      String entry = raw == null ? "" : raw.strip();
      if (entry.isEmpty()) {
        continue;
      }
      Range range = Range.parse(entry);
      if (range != null) {
        ranges.add(range);
      } else if (entry.matches("[A-Za-z0-9._-]+\\.?") && !entry.contains("/")) {
        names.add(HostNames.normalize(entry));
      } else {
        throw new IllegalArgumentException(
            "partner-digest.crawl.allowed-hosts: '"
                + entry
                + "' is neither a host nor a CIDR range");
      }
    }
  }

  boolean allowsName(String host) {
    return names.contains(HostNames.normalize(host));
  }

  boolean allowsAddress(InetAddress address) {
    return ranges.stream().anyMatch(r -> r.contains(address));
  }

  /** An address with a prefix length; a bare address is a range of one. */
  private record Range(byte[] network, int prefix) {

    static Range parse(String entry) {
      int slash = entry.indexOf('/');
      String host = slash < 0 ? entry : entry.substring(0, slash);
      InetAddress address;
      try {
        address = HostNames.literal(host);
      } catch (IllegalArgumentException e) {
        return null; // reported as neither a host nor a range
      }
      if (address == null) {
        return null;
      }
      int bits = address.getAddress().length * 8;
      int prefix = bits;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bits) {
          throw new IllegalArgumentException(
              "partner-digest.crawl.allowed-hosts: '" + entry + "' has a bad prefix length");
        }
      }
      return new Range(address.getAddress(), prefix);
    }

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      for (int bit = 0; bit < prefix; bit++) {
        int mask = 0x80 >>> (bit % 8);
        if ((candidate[bit / 8] & mask) != (network[bit / 8] & mask)) {
          return false;
        }
      }
      return true;
    }
  }
}
