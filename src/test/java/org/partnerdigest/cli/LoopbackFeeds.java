package org.partnerdigest.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;

/**
 * A loopback HTTP server for the commands that crawl: {@code /feed.xml} answers an RSS feed of
 * three posts, {@code /broken.xml} a 500.
 */
final class LoopbackFeeds implements AutoCloseable {

  private final HttpServer server;

  LoopbackFeeds() throws IOException {
    byte[] rss;
    try (InputStream in =
        LoopbackFeeds.class.getResourceAsStream("/org/partnerdigest/crawl/rss-three-posts.xml")) {
      rss = in.readAllBytes();
    }
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/feed.xml",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, rss.length);
          exchange.getResponseBody().write(rss);
          exchange.close();
        });
    server.createContext(
        "/broken.xml",
        exchange -> {
          exchange.sendResponseHeaders(500, -1);
          exchange.close();
        });
    server.start();
  }

  String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
