package org.partnerdigest;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cluster tests' feeds: {@code count} RSS feeds of two posts each on a loopback server, and the
 * {@code feeds.yml} that lists them. Every request is recorded with the instance that made it (its
 * User-Agent names its public URL); requests of one instance can be held open, so that instance is
 * stopped in the middle of its fetches.
 */
final class ClusterFeeds implements AutoCloseable {

  /** One request: the feed asked for and the User-Agent that asked. */
  record Request(String feedKey, String userAgent) {}

  final List<Request> requests = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final String template;
  private final int count;
  private final CountDownLatch released = new CountDownLatch(1);
  private volatile String held = "\u0000";

  ClusterFeeds(int count) {
    this.count = count;
    try (InputStream in = ClusterFeeds.class.getResourceAsStream("cluster/two-posts.rss")) {
      template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  List<String> keys() {
    return IntStream.range(0, count).mapToObj(i -> "feed-%03d".formatted(i)).toList();
  }

  /** Writes the catalog of every feed to {@code file}. */
  Path writeCatalog(Path file) throws IOException {
    String feeds =
        keys().stream()
            .map(
                key ->
                    "  - key: %s\n    url: http://127.0.0.1:%d/%s.rss\n"
                        .formatted(key, server.getAddress().getPort(), key))
            .collect(Collectors.joining());
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "feeds:\n" + feeds);
  }

  /** From now on, requests whose User-Agent contains {@code agent} get no answer until close. */
  void hold(String agent) {
    held = agent;
  }

  long requestsFrom(String agent) {
    return requests.stream().filter(r -> r.userAgent().contains(agent)).count();
  }

  long requestsTo(String feedKey) {
    return requests.stream().filter(r -> r.feedKey().equals(feedKey)).count();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      String key = path.substring(1).replace(".rss", "");
      String agent = String.valueOf(exchange.getRequestHeaders().getFirst("User-Agent"));
      requests.add(new Request(key, agent));
      if (agent.contains(held)) {
        released.await();
        return;
      }
      if (!keys().contains(key)) {
        exchange.sendResponseHeaders(404, -1);
        return;
      }
      byte[] body = template.replace("FEED", key).getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
  }
}
