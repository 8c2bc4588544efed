package org.partnerdigest.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A real HTTP server on loopback serving feed fixtures. Each path answers with a {@link Reply};
 * every request is recorded with its conditional headers.
 */
final class FeedServer implements AutoCloseable {

  /**
   * What a path answers; {@code etag} turns on conditional GET (304 on a matching If-None-Match).
   */
  record Reply(
      int status, byte[] body, String contentType, String etag, Map<String, String> headers) {

    static Reply feed(String fixture, String etag) {
      return new Reply(200, fixture(fixture), "application/rss+xml", etag, Map.of());
    }

    static Reply status(int status, Map<String, String> headers) {
      return new Reply(status, new byte[0], "text/plain", null, headers);
    }
  }

  /** One request as the server saw it. */
  record Request(String path, String ifNoneMatch) {}

  private final HttpServer server;
  private final Map<String, Reply> replies = new ConcurrentHashMap<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();

  /** Runs before each reply, e.g. to hold requests open while counting concurrent ones. */
  volatile Consumer<String> onRequest = path -> {};

  FeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::handle);
    server.start();
  }

  void answer(String path, Reply reply) {
    replies.put(path, reply);
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  long requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  static byte[] fixture(String name) {
    try (InputStream in = FeedServer.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing fixture " + name, e);
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
    requests.add(new Request(path, ifNoneMatch));
    onRequest.accept(path);
    Reply reply = replies.getOrDefault(path, Reply.status(404, Map.of()));
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    if (reply.etag() != null) {
      exchange.getResponseHeaders().add("ETag", reply.etag());
      if (reply.etag().equals(ifNoneMatch)) {
        exchange.sendResponseHeaders(304, -1);
        exchange.close();
        return;
      }
    }
    exchange.getResponseHeaders().add("Content-Type", reply.contentType());
    exchange.sendResponseHeaders(
        reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    if (reply.body().length > 0) {
      exchange.getResponseBody().write(reply.body());
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
