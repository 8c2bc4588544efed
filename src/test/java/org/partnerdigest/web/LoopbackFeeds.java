package org.partnerdigest.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The feeds the site tests crawl: fixture files served by a JDK HTTP server on loopback, and a data
 * directory holding a {@code feeds.yml} that points at them. Started once per test JVM so that
 * every site test shares one application context (and one crawl).
 */
final class LoopbackFeeds {

  static final String PUBLIC_URL = "https://digest.example.test";

  private static LoopbackFeeds instance;

  final HttpServer server;
  final Path dataDir;
  final Path feedsFile;

  private LoopbackFeeds() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    serve("/official.atom", "official-program-blog.atom", "application/atom+xml");
    serve("/community.rss", "community-blogger.rss", "application/rss+xml");
    server.start();
    dataDir = Files.createTempDirectory("partner-digest-web-");
    feedsFile = dataDir.resolve("feeds.yml");
    Files.writeString(
        feedsFile,
        fixture("feeds.yml").replace("PORT", String.valueOf(server.getAddress().getPort())));
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  static synchronized LoopbackFeeds get() {
    if (instance == null) {
      try {
        instance = new LoopbackFeeds();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  private void serve(String path, String fixture, String contentType) {
    byte[] body = fixture(fixture).getBytes(StandardCharsets.UTF_8);
    server.createContext(
        path,
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", contentType);
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  private static String fixture(String name) {
    try (InputStream in = LoopbackFeeds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void close() {
    server.stop(0);
    try (Stream<Path> files = Files.walk(dataDir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temp directory is harmless
    }
  }
}
