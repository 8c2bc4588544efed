package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Failed;

/**
 * Issue 7, defect 3: a body that never ends is cut off the moment a byte cap is passed, and the
 * connection is dropped instead of drained. The fetch deadline stays at its 60 s default: a fetcher
 * that drained would be seen by the server sending hundreds of MiB before it hung up. Nothing here
 * measures time.
 */
class EndlessBodyTests {

  static final int CAP = 1024 * 1024;
  static final Failed OVER_THE_CAP = new Failed("body larger than 1 MiB");

  final FeedFetcher fetcher =
      new FeedFetcher(
          FetchSettings.defaults().withAllowedHosts(List.of("127.0.0.1")).withMaxBodyBytes(CAP),
          "PartnerDigest/test",
          InstantSource.system());
  EndlessServer server;

  @AfterEach
  void close() {
    fetcher.close();
    server.close();
  }

  @Test
  void endlessChunkedBodyStopsAtTheCapAndHangsUp() {
    server = new EndlessServer(null, wire -> forever(wire, new byte[8192]));

    assertThat(fetcher.fetch(server.url(), null, null)).isEqualTo(OVER_THE_CAP);
    assertHungUpSoonAfterTheCap();
  }

  @Test
  void endlessGzipBodyStopsAtTheDecodedCapAndHangsUp() {
    // zeros: the decoded cap is passed after about a KiB on the wire
    server = new EndlessServer("gzip", wire -> forever(new GZIPOutputStream(wire), new byte[8192]));

    assertThat(fetcher.fetch(server.url(), null, null)).isEqualTo(OVER_THE_CAP);
    assertHungUpSoonAfterTheCap();
  }

  @Test
  void endlessGzipThatDecodesToNothingStopsAtTheRawCap() {
    // One gzip member of empty stored deflate blocks (5 bytes each, no output): only a cap on the
    // bytes read from the wire stops it; the decoder never hands back a byte.
    byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff};
    byte[] emptyBlocks = new byte[5 * 1024];
    for (int i = 0; i < emptyBlocks.length; i += 5) {
      emptyBlocks[i + 3] = (byte) 0xff; // BFINAL=0 BTYPE=00, LEN=0000, NLEN=FFFF
      emptyBlocks[i + 4] = (byte) 0xff;
    }
    server =
        new EndlessServer(
            "gzip",
            wire -> {
              wire.write(header);
              forever(wire, emptyBlocks);
            });

    assertThat(fetcher.fetch(server.url(), null, null)).isEqualTo(OVER_THE_CAP);
    assertHungUpSoonAfterTheCap();
  }

  private static void forever(OutputStream out, byte[] block) throws IOException {
    while (true) {
      out.write(block);
    }
  }

  /**
   * The server saw the hang-up having sent the cap plus at most what the client's socket receive
   * buffer held (measured 0.1 to 0.5 MiB on loopback), not a drained stream.
   */
  private void assertHungUpSoonAfterTheCap() {
    await().atMost(Duration.ofSeconds(30)).until(() -> server.hungUp.getCount() == 0);
    assertThat(server.sent.get()).isLessThan(2L * CAP);
  }
}
