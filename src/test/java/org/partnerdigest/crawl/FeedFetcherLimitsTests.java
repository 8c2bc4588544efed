package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Failed;

/** Byte caps, the fetch deadline and the connect timeout stop hostile or dead servers. */
class FeedFetcherLimitsTests extends FetcherTest {

  final CountDownLatch stopped = new CountDownLatch(1);

  /** Runs before the base class closes the server, so the trickling handler ends first. */
  @AfterEach
  void stopTrickling() {
    stopped.countDown();
  }

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
