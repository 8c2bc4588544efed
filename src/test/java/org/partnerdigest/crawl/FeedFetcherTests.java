package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Failed;
import org.partnerdigest.crawl.FetchOutcome.Fetched;
import org.partnerdigest.crawl.FetchOutcome.Gone;
import org.partnerdigest.crawl.FetchOutcome.NotModified;
import org.partnerdigest.crawl.FetchOutcome.RateLimited;

class FeedFetcherTests {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final String RSS = "application/rss+xml; charset=utf-8";

  final LoopbackServer server = new LoopbackServer();
  final List<FeedFetcher> fetchers = new ArrayList<>();
  final CountDownLatch stopped = new CountDownLatch(1);

  @AfterEach
  void close() {
    stopped.countDown();
    fetchers.forEach(FeedFetcher::close);
    server.close();
  }

  FeedFetcher fetcher() {
    return fetcher(FetchSettings.defaults().withAllowedHosts(List.of("127.0.0.1")));
  }

  FeedFetcher fetcher(FetchSettings settings) {
    FeedFetcher fetcher =
        new FeedFetcher(
            settings, FeedFetcher.userAgent("https://digest.example"), InstantSource.fixed(NOW));
    fetchers.add(fetcher);
    return fetcher;
  }

  static byte[] fixture() throws IOException {
    try (InputStream in = FeedFetcherTests.class.getResourceAsStream("rss-two-items.xml")) {
      return in.readAllBytes();
    }
  }

  void serveFeedWithValidators() {
    server.on(
        "/feed",
        exchange -> {
          String inm = exchange.getRequestHeaders().getFirst("If-None-Match");
          String ims = exchange.getRequestHeaders().getFirst("If-Modified-Since");
          if ("\"v1\"".equals(inm) || "Mon, 02 Nov 2026 09:00:00 GMT".equals(ims)) {
            LoopbackServer.send(exchange, 304, null, new byte[0]);
            return;
          }
          exchange.getResponseHeaders().set("ETag", "\"v1\"");
          exchange.getResponseHeaders().set("Last-Modified", "Mon, 02 Nov 2026 09:00:00 GMT");
          LoopbackServer.send(exchange, 200, RSS, fixture());
        });
  }

  @Test
  void fetchesBodyWithContentTypeAndValidators() throws IOException {
    serveFeedWithValidators();

    FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

    assertThat(outcome).isInstanceOf(Fetched.class);
    Fetched fetched = (Fetched) outcome;
    assertThat(fetched.body()).isEqualTo(fixture());
    assertThat(fetched.contentType()).isEqualTo(RSS);
    assertThat(fetched.finalUrl()).isEqualTo(server.url("/feed"));
    assertThat(fetched.etag()).isEqualTo("\"v1\"");
    assertThat(fetched.lastModified()).isEqualTo("Mon, 02 Nov 2026 09:00:00 GMT");
    assertThat(fetched.movedTo()).isNull();
  }

  @Test
  void sendsIfNoneMatchOnSecondFetch() {
    serveFeedWithValidators();
    FeedFetcher fetcher = fetcher();
    Fetched first = (Fetched) fetcher.fetch(server.url("/feed"), null, null);

    FetchOutcome second = fetcher.fetch(server.url("/feed"), first.etag(), null);

    assertThat(second).isEqualTo(new NotModified(null));
    assertThat(server.requests.getLast().headers().getFirst("If-None-Match")).isEqualTo("\"v1\"");
    assertThat(server.requests.getFirst().headers().containsKey("If-None-Match")).isFalse();
  }

  @Test
  void sendsIfModifiedSinceOnSecondFetch() {
    serveFeedWithValidators();
    FeedFetcher fetcher = fetcher();
    Fetched first = (Fetched) fetcher.fetch(server.url("/feed"), null, null);

    FetchOutcome second = fetcher.fetch(server.url("/feed"), null, first.lastModified());

    assertThat(second).isInstanceOf(NotModified.class);
    assertThat(server.requests.getLast().headers().getFirst("If-Modified-Since"))
        .isEqualTo("Mon, 02 Nov 2026 09:00:00 GMT");
  }

  @Test
  void sendsUserAgentAcceptAndAcceptEncoding() {
    serveFeedWithValidators();

    fetcher().fetch(server.url("/feed"), null, null);

    var headers = server.requests.getFirst().headers();
    assertThat(headers.getFirst("User-Agent"))
        .matches("PartnerDigest/\\S+ \\(\\+https://digest\\.example\\)");
    assertThat(headers.getFirst("Accept")).contains("application/atom+xml", "application/rss+xml");
    assertThat(headers.getFirst("Accept-Encoding")).isEqualTo("gzip, deflate");
  }

  @Nested
  class Decoding {

    void serveEncoded(String encoding, byte[] encoded) {
      server.on(
          "/feed",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", encoding);
            LoopbackServer.send(exchange, 200, RSS, encoded);
          });
    }

    @Test
    void decodesGzip() throws IOException {
      serveEncoded("gzip", gzip(fixture()));

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/feed"), null, null);

      assertThat(fetched.body()).isEqualTo(fixture());
    }

    @Test
    void decodesZlibDeflate() throws IOException {
      serveEncoded("deflate", deflate(fixture(), false));

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/feed"), null, null);

      assertThat(fetched.body()).isEqualTo(fixture());
    }

    @Test
    void decodesRawDeflate() throws IOException {
      serveEncoded("deflate", deflate(fixture(), true));

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/feed"), null, null);

      assertThat(fetched.body()).isEqualTo(fixture());
    }

    @Test
    void refusesAnEncodingItDidNotAskFor() throws IOException {
      serveEncoded("br", fixture());

      FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

      assertThat(outcome).isEqualTo(new Failed("unreachable: unsupported Content-Encoding br"));
    }
  }

  @Nested
  class Limits {

    @Test
    void gzipBombStopsAtTheDecodedCap() throws IOException {
      byte[] bomb = gzip(new byte[11 * 1024 * 1024]);
      assertThat(bomb.length).isLessThan(100_000);
      server.on(
          "/feed",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            LoopbackServer.send(exchange, 200, RSS, bomb);
          });

      FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

      assertThat(outcome).isEqualTo(new Failed("body larger than 10 MiB"));
    }

    @Test
    void oversizedPlainBodyStopsAtTheCap() {
      server.on("/feed", exchange -> LoopbackServer.send(exchange, 200, RSS, new byte[5000]));

      FetchOutcome outcome =
          fetcher(settings().withMaxBodyBytes(4096)).fetch(server.url("/feed"), null, null);

      assertThat(outcome).isEqualTo(new Failed("body larger than 4 KiB"));
    }

    @Test
    void oversizedChunkedBodyStopsAtTheCap() {
      server.on(
          "/feed",
          exchange -> {
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
              for (int i = 0; i < 64; i++) {
                out.write(new byte[1024]);
              }
            } catch (IOException e) {
              // the fetcher hung up, as it should
            }
          });

      FetchOutcome outcome =
          fetcher(settings().withMaxBodyBytes(4096)).fetch(server.url("/feed"), null, null);

      assertThat(outcome).isEqualTo(new Failed("body larger than 4 KiB"));
    }

    @Test
    void tricklingServerIsStoppedByTheDeadline() {
      server.on(
          "/feed",
          exchange -> {
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
              // One byte every 100 ms, forever: each read succeeds well within a socket timeout.
              while (!stopped.await(100, TimeUnit.MILLISECONDS)) {
                out.write('<');
                out.flush();
              }
            } catch (IOException | InterruptedException e) {
              // the fetcher hung up, as it should
            }
          });

      FetchOutcome outcome =
          fetcher(settings().withDeadline(Duration.ofMillis(1500)))
              .fetch(server.url("/feed"), null, null);

      assertThat(outcome).isEqualTo(new Failed("unreachable: timed out after 1500 ms"));
    }

    @Test
    void connectTimeoutStopsAServerThatNeverAccepts() throws IOException {
      try (ServerSocket silent = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
        List<Socket> backlog = fillBacklog(silent.getLocalPort());
        try {
          FetchOutcome outcome =
              fetcher(settings().withConnectTimeout(Duration.ofMillis(500)))
                  .fetch(URI.create("http://127.0.0.1:" + silent.getLocalPort() + "/"), null, null);

          assertThat(outcome).isEqualTo(new Failed("unreachable: connect timed out after 500 ms"));
        } finally {
          for (Socket s : backlog) {
            s.close();
          }
        }
      }
    }

    /** Connections nobody accepts fill the queue; further SYNs are dropped, never answered. */
    private List<Socket> fillBacklog(int port) {
      List<Socket> sockets = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Socket s = new Socket();
        sockets.add(s);
        try {
          s.connect(new InetSocketAddress("127.0.0.1", port), 200);
        } catch (IOException e) {
          return sockets; // the queue is full
        }
      }
      return sockets;
    }
  }

  @Nested
  class Redirects {

    void redirect(String from, int status, String location) {
      server.on(
          from,
          exchange -> {
            exchange.getResponseHeaders().set("Location", location);
            LoopbackServer.send(exchange, status, null, new byte[0]);
          });
    }

    void serveFeed(String path) {
      server.on(path, exchange -> LoopbackServer.send(exchange, 200, RSS, fixture()));
    }

    @Test
    void followsAChainWithinTheLimit() {
      for (int i = 1; i <= 5; i++) {
        redirect("/r" + i, 302, "/r" + (i + 1));
      }
      serveFeed("/r6");

      FetchOutcome outcome = fetcher().fetch(server.url("/r1"), null, null);

      assertThat(outcome).isInstanceOf(Fetched.class);
      assertThat(((Fetched) outcome).finalUrl()).isEqualTo(server.url("/r6"));
    }

    @Test
    void sixRedirectsFail() {
      for (int i = 1; i <= 6; i++) {
        redirect("/r" + i, 302, "/r" + (i + 1));
      }
      serveFeed("/r7");

      FetchOutcome outcome = fetcher().fetch(server.url("/r1"), null, null);

      assertThat(outcome).isEqualTo(new Failed("too many redirects (more than 5)"));
    }

    @Test
    void resolvesRelativeLocation() {
      redirect("/old/feed", 302, "../new/feed.xml");
      serveFeed("/new/feed.xml");

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/old/feed"), null, null);

      assertThat(fetched.finalUrl()).isEqualTo(server.url("/new/feed.xml"));
    }

    @Test
    void recordsMovedToOn301() {
      redirect("/old", 301, server.url("/new").toString());
      serveFeed("/new");

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/old"), null, null);

      assertThat(fetched.movedTo()).isEqualTo(server.url("/new"));
    }

    @Test
    void recordsMovedToOn308() {
      redirect("/old", 308, "/new");
      serveFeed("/new");

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/old"), null, null);

      assertThat(fetched.movedTo()).isEqualTo(server.url("/new"));
    }

    @Test
    void recordsMovedToOnNotModifiedToo() {
      redirect("/old", 301, "/new");
      server.on("/new", exchange -> LoopbackServer.send(exchange, 304, null, new byte[0]));

      FetchOutcome outcome = fetcher().fetch(server.url("/old"), "\"v1\"", null);

      assertThat(outcome).isEqualTo(new NotModified(server.url("/new")));
    }

    @Test
    void doesNotRecordTemporaryRedirects() {
      redirect("/old", 302, "/new");
      serveFeed("/new");

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/old"), null, null);

      assertThat(fetched.movedTo()).isNull();
    }

    @Test
    void doesNotRecordAPermanentRedirectBehindATemporaryOne() {
      redirect("/a", 307, "/b");
      redirect("/b", 301, "/c");
      serveFeed("/c");

      Fetched fetched = (Fetched) fetcher().fetch(server.url("/a"), null, null);

      assertThat(fetched.movedTo()).isNull();
    }

    @Test
    void refusesARedirectToAnotherLoopbackAddress() {
      redirect("/feed", 302, "http://127.0.0.2:" + server.port() + "/feed");

      FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

      assertThat(outcome)
          .isEqualTo(
              new Failed(
                  "refused: 127.0.0.2 is a loopback address"
                      + " (set partner-digest.crawl.allowed-hosts to allow it)"));
    }

    @Test
    void refusesARedirectToIpv6Loopback() {
      redirect("/feed", 301, "http://[::1]:" + server.port() + "/feed");

      FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

      assertThat(outcome).isInstanceOf(Failed.class);
      assertThat(((Failed) outcome).message()).startsWith("refused: 0:0:0:0:0:0:0:1 is a loopback");
    }

    @Test
    void refusesARedirectToAnotherScheme() {
      redirect("/feed", 302, "file:///etc/passwd");

      FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

      assertThat(outcome)
          .isEqualTo(
              new Failed(
                  "refused: only http and https URLs can be fetched, not 'file:///etc/passwd'"));
    }

    @Test
    void failsOnARedirectWithoutLocation() {
      server.on("/feed", exchange -> LoopbackServer.send(exchange, 302, null, new byte[0]));

      FetchOutcome outcome = fetcher().fetch(server.url("/feed"), null, null);

      assertThat(outcome).isInstanceOf(Failed.class);
      assertThat(((Failed) outcome).message())
          .startsWith("HTTP 302 ")
          .endsWith(" without a Location");
    }
  }

  @Nested
  class Statuses {

    void respond(int status, String retryAfter) {
      server.on(
          "/feed",
          exchange -> {
            if (retryAfter != null) {
              exchange.getResponseHeaders().set("Retry-After", retryAfter);
            }
            LoopbackServer.send(exchange, status, "text/html", "<p>no</p>".getBytes());
          });
    }

    FetchOutcome fetch() {
      return fetcher().fetch(server.url("/feed"), null, null);
    }

    @Test
    void goneOn410() {
      respond(410, null);
      assertThat(fetch()).isEqualTo(new Gone("HTTP 410 Gone"));
    }

    @Test
    void rateLimitedWithRetryAfterSeconds() {
      respond(429, "120");
      assertThat(fetch())
          .isEqualTo(new RateLimited(NOW.plusSeconds(120), "HTTP 429 Too Many Requests"));
    }

    @Test
    void rateLimitedWithRetryAfterHttpDate() {
      respond(429, "Wed, 25 Nov 2026 13:30:00 GMT");
      assertThat(fetch())
          .isEqualTo(
              new RateLimited(Instant.parse("2026-11-25T13:30:00Z"), "HTTP 429 Too Many Requests"));
    }

    @Test
    void rateLimitedWithAHugeRetryAfterWaitsTheLongestWeWait() {
      respond(503, "999999999999999999999");
      assertThat(fetch())
          .isEqualTo(
              new RateLimited(NOW.plus(Duration.ofHours(4)), "HTTP 503 Service Unavailable"));
    }

    @Test
    void unavailableWithGarbageRetryAfterHasNoRetryTime() {
      respond(503, "soon-ish");
      assertThat(fetch()).isEqualTo(new RateLimited(null, "HTTP 503 Service Unavailable"));
    }

    @Test
    void failsOn500() {
      respond(500, null);
      assertThat(fetch()).isEqualTo(new Failed("HTTP 500 Internal Server Error"));
    }

    @Test
    void failsOn404() {
      respond(404, null);
      assertThat(fetch()).isEqualTo(new Failed("HTTP 404 Not Found"));
    }
  }

  @Nested
  class Refusals {

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

      FetchOutcome outcome =
          fetcher(FetchSettings.defaults()).fetch(server.url("/feed"), null, null);

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
                .fetch(
                    URI.create("https://127.0.0.1:" + plain.getLocalPort() + "/feed"), null, null);

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

  static FetchSettings settings() {
    return FetchSettings.defaults().withAllowedHosts(List.of("127.0.0.1"));
  }

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }

  static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DeflaterOutputStream out =
        new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
