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
import java.util.Map;
import java.util.stream.Stream;

/**
 * The feeds the site tests crawl: fixture files served by a JDK HTTP server on loopback, and a data
 * directory holding a {@code feeds.yml} that points at them ({@code PORT} in any fixture becomes
 * the server's port). Each site is started once per test JVM so that its tests share one
 * application context (and one crawl).
 */
final class LoopbackFeeds {

  static final String PUBLIC_URL = "https://digest.example.test";

  private static LoopbackFeeds site;
  private static LoopbackFeeds hostile;

  final HttpServer server;
  final Path dataDir;
  final Path feedsFile;

  private LoopbackFeeds(String feeds, Map<String, String> served) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    served.forEach(this::serve);
    server.start();
    dataDir = Files.createTempDirectory("partner-digest-web-");
    feedsFile = dataDir.resolve("feeds.yml");
    Files.writeString(feedsFile, fixture(feeds));
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  /** Two well-behaved feeds, five entries: the site most web tests use. */
  static synchronized LoopbackFeeds get() {
    if (site == null) {
      site =
          start(
              "feeds.yml",
              Map.of(
                  "/official.atom", "official-program-blog.atom",
                  "/community.rss", "community-blogger.rss"));
    }
    return site;
  }

  /** RSS, Atom and JSON feeds whose entries link to script, and three missing feeds. */
  static synchronized LoopbackFeeds hostile() {
    if (hostile == null) {
      hostile =
          start(
              "hostile/feeds.yml",
              Map.of(
                  "/script-links.rss", "hostile/script-links.rss",
                  "/script-links.atom", "hostile/script-links.atom",
                  "/script-links.json", "hostile/script-links.json",
                  "/post.html", "hostile/post.html"));
    }
    return hostile;
  }

  private static LoopbackFeeds start(String feeds, Map<String, String> served) {
    try {
      return new LoopbackFeeds(feeds, served);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void serve(String path, String fixture) {
    String type =
        fixture.endsWith(".rss")
            ? "application/rss+xml"
            : fixture.endsWith(".atom")
                ? "application/atom+xml"
                : fixture.endsWith(".json") ? "application/feed+json" : "text/html";
    server.createContext(
        path,
        exchange -> {
          byte[] body = fixture(fixture).getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  private String fixture(String name) {
    try (InputStream in = LoopbackFeeds.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .replace("PORT", String.valueOf(server.getAddress().getPort()));
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
