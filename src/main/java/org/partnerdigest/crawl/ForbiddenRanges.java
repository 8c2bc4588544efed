package org.partnerdigest.crawl;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Classifies destinations a feed fetch must not reach (SSRF guard): loopback, private, link-local,
 * CGNAT, multicast, unspecified, broadcast, reserved, benchmarking, documentation and
 * cloud-metadata addresses. IPv6 forms that embed an IPv4 address (mapped, compatible, 6to4, NAT64,
 * Teredo) are judged by the embedded address.
 */
final class ForbiddenRanges {

  private ForbiddenRanges() {}

  /** Why {@code address} is forbidden ("a private address"), or {@code null} when it is public. */
  static String reason(InetAddress address) {
    return switch (address) {
      case Inet4Address v4 -> reasonV4(v4.getAddress());
      case Inet6Address v6 -> reasonV6(v6.getAddress());
      default -> "an address of an unknown kind";
    };
  }

  static String reasonV4(byte[] b) {
    int ip = ((b[0] & 0xff) << 24) | ((b[1] & 0xff) << 16) | ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (ip == 0xFFFFFFFF) {
      return "a broadcast address";
    }
    if (ip == 0xA9FEA9FE) { // 169.254.169.254: AWS, GCP, Azure instance metadata
      return "a cloud metadata address";
    }
    if (in(ip, 0x00000000, 8)) {
      return "an unspecified address";
    }
    if (in(ip, 0x7F000000, 8)) {
      return "a loopback address";
    }
    if (in(ip, 0x0A000000, 8) || in(ip, 0xAC100000, 12) || in(ip, 0xC0A80000, 16)) {
      return "a private address";
    }
    if (in(ip, 0x64400000, 10)) {
      return "a shared (CGNAT) address";
    }
    if (in(ip, 0xA9FE0000, 16)) {
      return "a link-local address";
    }
    if (in(ip, 0xE0000000, 4)) {
      return "a multicast address";
    }
    if (in(ip, 0xF0000000, 4) || in(ip, 0xC0000000, 24)) {
      return "a reserved address";
    }
    if (in(ip, 0xC6120000, 15)) {
      return "a benchmarking address";
    }
    if (in(ip, 0xC0000200, 24) || in(ip, 0xC6336400, 24) || in(ip, 0xCB007100, 24)) {
      return "a documentation address";
    }
    return null;
  }

  static String reasonV6(byte[] b) {
    if (isMetadataV6(b)) {
      return "a cloud metadata address";
    }
    if (zero(b, 0, 10) && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      return reasonV4(slice(b, 12)); // ::ffff:a.b.c.d, IPv4-mapped
    }
    if (zero(b, 0, 12)) {
      if (zero(b, 12, 15) && b[15] == 0) {
        return "an unspecified address";
      }
      if (zero(b, 12, 15) && b[15] == 1) {
        return "a loopback address";
      }
      return reasonV4(slice(b, 12)); // ::a.b.c.d, IPv4-compatible (deprecated)
    }
    int first = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
    int second = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
    if (first == 0x0064 && second == 0xff9b) {
      return reasonV4(slice(b, 12)); // 64:ff9b::/96 well-known NAT64 and 64:ff9b:1::/48 local
    }
    if (first == 0x2002) {
      return reasonV4(slice(b, 2)); // 6to4 embeds the IPv4 address in bits 16..47
    }
    if (first == 0x2001 && second == 0x0000) {
      byte[] client = slice(b, 12); // Teredo stores the client address inverted
      for (int i = 0; i < 4; i++) {
        client[i] = (byte) ~client[i];
      }
      return reasonV4(client);
    }
    if ((b[0] & 0xfe) == 0xfc || ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0)) {
      return "a private address"; // fc00::/7 unique local, fec0::/10 old site-local
    }
    if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
      return "a link-local address";
    }
    if ((b[0] & 0xff) == 0xff) {
      return "a multicast address";
    }
    if (first == 0x2001 && second == 0x0db8) {
      return "a documentation address";
    }
    if (first == 0x0100 && zero(b, 2, 8)) {
      return "a reserved address"; // 100::/64 discard-only
    }
    return null;
  }

  /** fd00:ec2::254, the AWS Nitro instance metadata endpoint. */
  private static boolean isMetadataV6(byte[] b) {
    return (b[0] & 0xff) == 0xfd
        && b[1] == 0
        && (b[2] & 0xff) == 0x0e
        && (b[3] & 0xff) == 0xc2
        && zero(b, 4, 14)
        && b[14] == 0x02
        && b[15] == 0x54;
  }

  private static boolean in(int ip, int network, int prefix) {
    int mask = prefix == 0 ? 0 : -1 << (32 - prefix);
    return (ip & mask) == (network & mask);
  }

  private static boolean zero(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static byte[] slice(byte[] b, int from) {
    return new byte[] {b[from], b[from + 1], b[from + 2], b[from + 3]};
  }
}
