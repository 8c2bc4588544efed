package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.junit.jupiter.api.Test;
import org.partnerdigest.crawl.FetchOutcome.Failed;
import org.partnerdigest.crawl.FetchOutcome.Fetched;

/** Content-Encoding: the fetcher decodes what it asked for and refuses what it did not. */
class FeedFetcherDecodingTests extends FetcherTest {

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

  static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DeflaterOutputStream out =
        new DeflaterOutputStream(bytes, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
