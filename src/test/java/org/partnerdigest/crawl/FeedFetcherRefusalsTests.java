package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Failed;
import org.partnerdigest.crawl.FetchOutcome.Fetched;

/**
 * Refusals and unreachable hosts: other schemes and local addresses are refused before connecting
 * (SSRF), and network failures are reported plainly.
 */
class FeedFetcherRefusalsTests extends FetcherTest {

  @Test
  void refusesUnknownSchemes() {
    assertThat(fetcher().fetch(URI.create("ftp://127.0.0.1/feed"), null, null))
        .isEqualTo(
            new Failed(
                "refused: only http and https URLs can be fetched, not 'ftp://127.0.0.1/feed'"));
  }

  @Test
  void refusesLoopbackUnlessAllowed() {
    serveFeedWithValidators();

    FetchOutcome outcome = fetcher(FetchSettings.defaults()).fetch(server.url("/feed"), null, null);

    assertThat(outcome)
        .isEqualTo(
            new Failed(
                "refused: 127.0.0.1 is a loopback address"
                    + " (set partner-digest.crawl.allowed-hosts to allow it)"));
    assertThat(server.requests).isEmpty();
  }

  @Test
  void refusesOddLoopbackLiteralsBeforeConnecting() {
    serveFeedWithValidators();
    FeedFetcher fetcher = fetcher(FetchSettings.defaults());

    for (String host : List.of("2130706433", "0x7f.1", "017700000001", "127.1")) {
      FetchOutcome outcome =
          fetcher.fetch(URI.create("http://" + host + ":" + server.port() + "/feed"), null, null);
      assertThat(outcome).as(host).isInstanceOf(Failed.class);
      assertThat(((Failed) outcome).message()).as(host).startsWith("refused: 127.0.0.1 is a");
    }
    assertThat(server.requests).isEmpty();
  }

  @Test
  void reachesOddLiteralsOfAnAllowedAddress() {
    serveFeedWithValidators();

    FetchOutcome outcome =
        fetcher().fetch(URI.create("http://127.1:" + server.port() + "/feed"), null, null);

    assertThat(outcome).isInstanceOf(Fetched.class);
  }

  @Test
  void reportsConnectionRefused() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = closed.getLocalPort();
    }

    FetchOutcome outcome =
        fetcher().fetch(URI.create("http://127.0.0.1:" + port + "/feed"), null, null);

    assertThat(outcome).isEqualTo(new Failed("unreachable: connection refused"));
  }

  @Test
  void reportsUnknownHosts() {
    FetchOutcome outcome =
        fetcherWithDns(settings()).fetch(URI.create("http://nowhere.test/feed"), null, null);

    assertThat(outcome).isEqualTo(new Failed("unreachable: unknown host nowhere.test"));
  }

  @Test
  void connectsToTheAddressTheGuardChecked() {
    serveFeedWithValidators();

    FetchOutcome outcome =
        fetcherWithDns(settings())
            .fetch(URI.create("http://feeds.test:" + server.port() + "/feed"), null, null);

    assertThat(outcome).isInstanceOf(Fetched.class);
    assertThat(server.requests.getFirst().headers().getFirst("Host"))
        .isEqualTo("feeds.test:" + server.port());
  }

  @Test
  void refusesANameThatResolvesToLoopback() {
    serveFeedWithValidators();

    FetchOutcome outcome =
        fetcherWithDns(FetchSettings.defaults())
            .fetch(URI.create("http://feeds.test:" + server.port() + "/feed"), null, null);

    assertThat(outcome)
        .isEqualTo(
            new Failed(
                "refused: feeds.test (127.0.0.1) is a loopback address"
                    + " (set partner-digest.crawl.allowed-hosts to allow it)"));
    assertThat(server.requests).isEmpty();
  }

  @Test
  void reportsTlsErrors() throws IOException {
    try (ServerSocket plain = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      // Answers the TLS handshake with plain HTTP, as a misconfigured server would.
      Thread.ofVirtual()
          .start(
              () -> {
                try (Socket s = plain.accept()) {
                  s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\n\r\n".getBytes());
                  s.getInputStream().read();
                } catch (IOException e) {
                  // the client hung up
                }
              });

      FetchOutcome outcome =
          fetcher()
              .fetch(URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/feed"), null, null);

      assertThat(outcome).isInstanceOf(Failed.class);
      assertThat(((Failed) outcome).message()).startsWith("unreachable: TLS error: ");
    }
  }

  /** "feeds.test" resolves to 127.0.0.1; every other name is unknown. No real DNS. */
  FeedFetcher fetcherWithDns(FetchSettings settings) {
    FeedFetcher fetcher =
        new FeedFetcher(
            settings,
            "PartnerDigest/test",
            InstantSource.fixed(NOW),
            host -> {
              if (host.equals("feeds.test")) {
                return new InetAddress[] {InetAddress.ofLiteral("127.0.0.1")};
              }
              throw new java.net.UnknownHostException(host);
            });
    fetchers.add(fetcher);
    return fetcher;
  }
}
