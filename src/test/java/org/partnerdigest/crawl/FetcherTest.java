package org.partnerdigest.crawl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;

/**
 * What every FeedFetcher test shares: a real loopback server, fetchers on a fixed clock that are
 * allowed to reach 127.0.0.1, and both closed after each test.
 */
abstract class FetcherTest {

  static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
  static final String RSS = "application/rss+xml; charset=utf-8";

  final LoopbackServer server = new LoopbackServer();
  final List<FeedFetcher> fetchers = new ArrayList<>();

  @AfterEach
  void close() {
    fetchers.forEach(FeedFetcher::close);
    server.close();
  }

  FeedFetcher fetcher() {
    return fetcher(settings());
  }

  FeedFetcher fetcher(FetchSettings settings) {
    FeedFetcher fetcher =
        new FeedFetcher(
            settings, FeedFetcher.userAgent("https://digest.example"), InstantSource.fixed(NOW));
    fetchers.add(fetcher);
    return fetcher;
  }

  static FetchSettings settings() {
    return FetchSettings.defaults().withAllowedHosts(List.of("127.0.0.1"));
  }

  static byte[] fixture() throws IOException {
    try (InputStream in = FetcherTest.class.getResourceAsStream("rss-two-items.xml")) {
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

  static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(data);
    }
    return bytes.toByteArray();
  }
}
