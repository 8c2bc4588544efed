package org.partnerdigest.web.curation;

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
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * The loopback sites the editors' workspace tests try, add and crawl (fixtures under
 * src/test/resources/org/partnerdigest/web/curation/), and a data directory with a commented {@code
 * feeds.yml} pointing at them. Started once per test JVM, so the workspace tests share one
 * application context.
 */
final class CurationFeeds {

  private static CurationFeeds instance;

  final HttpServer server;
  final Path dataDir;
  final Path feedsFile;

  private CurationFeeds() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    serve("/notes.rss", "partner-notes.rss", "application/rss+xml");
    serve("/fresh.rss", "partner-notes.rss", "application/rss+xml");
    serve("/quiet.rss", "quiet-weekly.rss", "application/rss+xml");
    serve("/new-source.atom", "new-source.atom", "application/atom+xml");
    serve("/second-source.atom", "new-source.atom", "application/atom+xml");
    serve("/third-source.atom", "new-source.atom", "application/atom+xml");
    serve("/site.html", "site-with-feed-links.html", "text/html");
    serve("/blog.html", "blog-with-feed-link.html", "text/html");
    serve("/brochure.html", "site-without-feed-links.html", "text/html");
    serve("/tips.rss", "malformed-recoverable.rss", "application/rss+xml");
    serve("/undated.rss", "undated.rss", "application/rss+xml");
    serve("/plain.txt", "not-a-feed.txt", "text/plain");
    status("/gone.rss", 410, null);
    status("/moved.rss", 301, "/fresh.rss");
    status("/missing.rss", 404, null);
    server.start();
    dataDir = Files.createTempDirectory("partner-digest-curation-");
    feedsFile = dataDir.resolve("feeds.yml");
    Files.writeString(feedsFile, withPort(fixture("feeds.yml")));
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  static synchronized CurationFeeds get() {
    if (instance == null) {
      try {
        instance = new CurationFeeds();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  String withPort(String text) {
    return text.replace("PORT", String.valueOf(server.getAddress().getPort()));
  }

  String feedsYml() {
    try {
      return Files.readString(feedsFile);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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

  private void status(String path, int status, String location) {
    server.createContext(
        path,
        exchange -> {
          if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
          }
          exchange.sendResponseHeaders(status, -1);
          exchange.close();
        });
  }

  static String fixture(String name) {
    try (InputStream in = CurationFeeds.class.getResourceAsStream(name)) {
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
