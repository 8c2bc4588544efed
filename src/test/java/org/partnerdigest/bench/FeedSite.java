package org.partnerdigest.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The generated feeds on loopback, spread over several addresses ({@code 127.0.0.1}, {@code
 * 127.0.0.2}, … all reach this machine on Linux) so the crawler's per-host limit is not what is
 * measured. Each feed has a fixed ETag; a request that sends it gets {@code 304 Not Modified}.
 * Documents are generated when asked for, so memory stays small at any size.
 */
final class FeedSite implements AutoCloseable {

  private final long seed;
  private final int feeds;
  private final int entriesPerFeed;
  private final List<HttpServer> servers = new ArrayList<>();
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  final AtomicInteger full = new AtomicInteger();
  final AtomicInteger notModified = new AtomicInteger();
  final AtomicLong lastFullNanos = new AtomicLong();
  final AtomicLong firstNotModifiedNanos = new AtomicLong();
  final AtomicLong lastNotModifiedNanos = new AtomicLong();

  FeedSite(long seed, int feeds, int entriesPerFeed, int addresses) throws IOException {
    this.seed = seed;
    this.feeds = feeds;
    this.entriesPerFeed = entriesPerFeed;
    for (int a = 1; a <= addresses; a++) {
      HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0." + a, 0), 200);
      server.createContext("/", this::answer);
      server.setExecutor(executor);
      server.start();
      servers.add(server);
    }
  }

  /** The URL of feed {@code index}, on the address it is served from. */
  String url(int index) {
    HttpServer server = servers.get(index % servers.size());
    GeneratedFeeds.Format format = GeneratedFeeds.Format.values()[index % 3];
    String extension =
        switch (format) {
          case RSS -> "xml";
          case ATOM -> "atom";
          case JSON -> "json";
        };
    return "http://"
        + server.getAddress().getHostString()
        + ":"
        + server.getAddress().getPort()
        + "/feeds/"
        + index
        + "."
        + extension;
  }

  private static String etag(int index) {
    return "\"bench-" + index + "\"";
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      int index = feedIndex(path);
      if (index < 0 || index >= feeds) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      exchange.getResponseHeaders().set("ETag", etag(index));
      if (etag(index).equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
        long now = System.nanoTime();
        firstNotModifiedNanos.compareAndSet(0, now);
        lastNotModifiedNanos.set(now);
        notModified.incrementAndGet();
        exchange.sendResponseHeaders(304, -1);
        return;
      }
      GeneratedFeeds.Feed feed = GeneratedFeeds.feed(seed, index, entriesPerFeed);
      byte[] body = FeedDocuments.body(feed, url(index));
      exchange.getResponseHeaders().set("Content-Type", FeedDocuments.contentType(feed));
      exchange.sendResponseHeaders(200, body.length);
      exchange.getResponseBody().write(body);
      full.incrementAndGet();
      lastFullNanos.set(System.nanoTime());
    }
  }

  private static int feedIndex(String path) {
    if (!path.startsWith("/feeds/") || path.indexOf('.') < 0) {
      return -1;
    }
    try {
      return Integer.parseInt(path.substring("/feeds/".length(), path.indexOf('.')));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * The {@code feeds.yml} of these feeds: see {@link #feedsFile(int, IntFunction)}.
   *
   * @throws IOException when the shipped {@code feeds.yml} cannot be read
   */
  String feedsFile() throws IOException {
    return feedsFile(feeds, this::url);
  }

  /** The catalog key of feed {@code i}. */
  static String feedKey(int i) {
    return "bench-" + i;
  }

  /**
   * A {@code feeds.yml} listing feeds {@code bench-0 … bench-(feeds−1)} at {@code url(i)}, every
   * fifth in an official group, the others in a community group, with the shipped catalog's topics
   * and synonyms, so tagging and synonym expansion do real work.
   */
  static String feedsFile(int feeds, IntFunction<String> url) throws IOException {
    StringBuilder yml =
        new StringBuilder(
            """
            groups:
              - key: vendor
                title: Vendor
                tier: official
              - key: community
                title: Community
                tier: community
            feeds:
            """);
    for (int i = 0; i < feeds; i++) {
      yml.append("  - key: ").append(feedKey(i)).append('\n');
      yml.append("    url: ").append(url.apply(i)).append('\n');
      yml.append("    group: ").append(i % 5 == 0 ? "vendor" : "community").append('\n');
    }
    String shipped = Files.readString(Path.of("feeds.yml"));
    return yml + "\n" + shipped.substring(shipped.indexOf("\ntopics:") + 1);
  }

  @Override
  public void close() {
    servers.forEach(server -> server.stop(0));
    executor.close();
  }
}
