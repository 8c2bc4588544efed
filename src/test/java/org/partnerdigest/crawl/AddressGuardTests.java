package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AddressGuardTests {

  /** Stands in for DNS, so the tests never leave the machine. */
  static final Map<String, List<String>> DNS =
      Map.of(
          "feeds.example", List.of("93.184.216.34", "2606:2800:220:1::1"),
          "split.example", List.of("93.184.216.34", "10.0.0.5"),
          "rebind.example", List.of("127.0.0.1"),
          "localhost", List.of("127.0.0.1", "::1"));

  static AddressGuard guard(String... allowed) {
    return new AddressGuard(
        new AllowedHosts(List.of(allowed)),
        host -> {
          List<String> addresses = DNS.get(host);
          if (addresses == null) {
            throw new UnknownHostException(host);
          }
          return addresses.stream().map(InetAddress::ofLiteral).toArray(InetAddress[]::new);
        });
  }

  static String refusal(AddressGuard guard, String host) {
    try {
      guard.resolve(host);
      return null;
    } catch (RefusedDestinationException e) {
      return e.getMessage();
    } catch (UnknownHostException e) {
      return "unknown " + e.getMessage();
    }
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "127.0.0.1, a loopback address",
    "127.255.255.254, a loopback address",
    "10.0.0.5, a private address",
    "172.16.0.1, a private address",
    "172.31.255.255, a private address",
    "192.168.1.1, a private address",
    "169.254.1.1, a link-local address",
    "169.254.169.254, a cloud metadata address",
    "100.64.0.1, a shared (CGNAT) address",
    "100.127.255.255, a shared (CGNAT) address",
    "224.0.0.1, a multicast address",
    "239.255.255.250, a multicast address",
    "0.0.0.0, an unspecified address",
    "0.1.2.3, an unspecified address",
    "255.255.255.255, a broadcast address",
    "240.0.0.1, a reserved address",
    "198.18.0.1, a benchmarking address",
    "198.19.255.255, a benchmarking address",
    "192.0.2.1, a documentation address",
  })
  void refusesForbiddenIpv4(String address, String reason) {
    assertThat(refusal(guard(), address))
        .isEqualTo(
            "refused: "
                + address
                + " is "
                + reason
                + " (set partner-digest.crawl.allowed-hosts to allow it)");
  }

  @ParameterizedTest(name = "{0} means 127.0.0.1")
  @ValueSource(
      strings = {
        "2130706433",
        "0x7f.1",
        "0x7f000001",
        "017700000001",
        "127.1",
        "0177.0.0.1",
        "127.0.0.1.",
        "0x7F.0.0.1"
      })
  void readsOddIpv4LiteralsAsTheAddressTheyMean(String host) {
    assertThat(refusal(guard(), host)).startsWith("refused: 127.0.0.1 is a loopback address");
  }

  @Test
  void readsShortPrivateLiterals() {
    assertThat(refusal(guard(), "10.1")).startsWith("refused: 10.0.0.1 is a private address");
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "::1, a loopback address",
    "[::1], a loopback address",
    "::, an unspecified address",
    "::ffff:127.0.0.1, a loopback address",
    "::ffff:7f00:1, a loopback address",
    "::ffff:10.0.0.1, a private address",
    "::127.0.0.1, a loopback address",
    "::169.254.169.254, a cloud metadata address",
    "64:ff9b::a00:1, a private address",
    "64:ff9b::7f00:1, a loopback address",
    "64:ff9b:1::c0a8:101, a private address",
    "2002:7f00:1::, a loopback address",
    "2002:c0a8:101::1, a private address",
    "2001:0:4136:e378:8000:63bf:80ff:fffe, a loopback address",
    "fc00::1, a private address",
    "fd12:3456::1, a private address",
    "fec0::1, a private address",
    "fe80::1, a link-local address",
    "ff02::1, a multicast address",
    "fd00:ec2::254, a cloud metadata address",
    "2001:db8::1, a documentation address",
  })
  void refusesForbiddenIpv6(String address, String reason) {
    assertThat(refusal(guard(), address)).contains(" is " + reason + " (set ");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111"})
  void letsPublicAddressesThrough(String address) throws UnknownHostException {
    assertThat(guard().resolve(address)).containsExactly(InetAddress.ofLiteral(address));
  }

  @ParameterizedTest
  @ValueSource(strings = {"256.1.1.1", "1.2.3.4.5", "08.1.1.1", "0x100000000", "[::1::2]"})
  void refusesMalformedLiterals(String host) {
    assertThat(refusal(guard(), host)).startsWith("refused: '").contains("is not a valid IPv");
  }

  @Nested
  class Names {

    @Test
    void returnsExactlyTheAddressesItChecked() throws UnknownHostException {
      InetAddress[] addresses = guard().resolve("feeds.example");

      assertThat(addresses)
          .extracting(InetAddress::getHostAddress)
          .containsExactly("93.184.216.34", "2606:2800:220:1:0:0:0:1");
    }

    @Test
    void refusesTheWholeHostWhenAnyAddressIsForbidden() {
      assertThat(refusal(guard(), "split.example"))
          .isEqualTo(
              "refused: split.example (10.0.0.5) is a private address"
                  + " (set partner-digest.crawl.allowed-hosts to allow it)");
    }

    @Test
    void refusesANameThatResolvesToLoopback() {
      assertThat(refusal(guard(), "rebind.example"))
          .startsWith("refused: rebind.example (127.0.0.1) is a loopback address");
    }

    @Test
    void refusesMetadataNamesWhateverTheyResolveTo() {
      assertThat(refusal(guard(), "metadata.google.internal"))
          .startsWith("refused: metadata.google.internal is a cloud metadata address");
      assertThat(refusal(guard(), "Metadata.Google.Internal."))
          .startsWith("refused: metadata.google.internal is a cloud metadata address");
    }

    @Test
    void passesUnknownHostsOn() {
      assertThat(refusal(guard(), "nowhere.example")).isEqualTo("unknown nowhere.example");
    }
  }

  @Nested
  class AllowedHostsSetting {

    @Test
    void allowsAListedAddressOnly() throws UnknownHostException {
      AddressGuard guard = guard("127.0.0.1");

      assertThat(guard.resolve("127.0.0.1")).hasSize(1);
      assertThat(guard.resolve("127.1")).hasSize(1);
      assertThat(refusal(guard, "127.0.0.2")).startsWith("refused: 127.0.0.2 is a loopback");
      assertThat(refusal(guard, "::1")).contains("is a loopback address");
    }

    @Test
    void allowsACidrRange() throws UnknownHostException {
      AddressGuard guard = guard("127.0.0.0/8", "fd00::/8");

      assertThat(guard.resolve("127.0.0.2")).hasSize(1);
      assertThat(guard.resolve("fd12::1")).hasSize(1);
      assertThat(refusal(guard, "10.0.0.1")).startsWith("refused: 10.0.0.1 is a private");
    }

    @Test
    void allowsIpv6Loopback() throws UnknownHostException {
      assertThat(guard("::1").resolve("[::1]")).hasSize(1);
    }

    @Test
    void allowsAHostName() throws UnknownHostException {
      assertThat(guard("LocalHost").resolve("localhost")).hasSize(2);
      assertThat(refusal(guard("localhost"), "rebind.example")).startsWith("refused:");
    }

    @Test
    void rejectsEntriesThatAreNeitherHostsNorRanges() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new AllowedHosts(List.of("10.0.0.0/33")))
          .withMessageContaining("'10.0.0.0/33' has a bad prefix length");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new AllowedHosts(List.of("http://x/")))
          .withMessageContaining("'http://x/' is neither a host nor a CIDR range");
    }

    @Test
    void ignoresBlankEntries() {
      assertThatThrownBy(() -> guard("", " ").resolve("127.0.0.1"))
          .isInstanceOf(RefusedDestinationException.class);
    }
  }
}
