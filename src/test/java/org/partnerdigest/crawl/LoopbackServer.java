package org.partnerdigest.crawl;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/** A real HTTP server on 127.0.0.1, port 0, recording the requests it saw. */
final class LoopbackServer implements AutoCloseable {

  /** What a request carried, for assertions. */
  record Seen(String path, com.sun.net.httpserver.Headers headers) {}

  private final HttpServer server;
  final List<Seen> requests = new CopyOnWriteArrayList<>();

  LoopbackServer() {
    this("127.0.0.1");
  }

  LoopbackServer(String address) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
  }

  LoopbackServer on(String path, HttpHandler handler) {
    server.createContext(
        path,
        exchange -> {
          requests.add(new Seen(exchange.getRequestURI().toString(), exchange.getRequestHeaders()));
          try (exchange) {
            handler.handle(exchange);
          }
        });
    return this;
  }

  URI url(String path) {
    InetSocketAddress a = server.getAddress();
    String host = a.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + a.getPort() + path);
  }

  int port() {
    return server.getAddress().getPort();
  }

  static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
