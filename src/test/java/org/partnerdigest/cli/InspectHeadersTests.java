package org.partnerdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code inspect} over HTTP: the response's {@code Content-Language} is the language of a feed that
 * names none, its {@code Content-Location} the base of relative links; the output carries each
 * entry's language and the feed's id.
 */
class InspectHeadersTests {

  HttpServer server;

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext(
        "/feed.atom",
        exchange -> {
          byte[] body;
          try (InputStream in = getClass().getResourceAsStream("atom-relative-no-language.xml")) {
            body = in.readAllBytes();
          }
          try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "application/atom+xml");
            exchange.getResponseHeaders().set("Content-Language", "de-CH");
            exchange
                .getResponseHeaders()
                .set("Content-Location", "https://canonical.example.com/feeds/main.atom");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private JsonNode inspect() {
    String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.atom";
    InspectCommandTests.Run run = InspectCommandTests.run("--allow-host=127.0.0.1", url);
    assertThat(run.exit()).isZero();
    return run.lines().getFirst();
  }

  @Test
  void takesTheLanguageOfAFeedThatNamesNoneFromContentLanguage() {
    JsonNode line = inspect();

    assertThat(line.get("feed").get("language").asString()).isEqualTo("de-CH");
    assertThat(line.get("entries").get(0).get("language").asString()).isEqualTo("de-CH");
  }

  @Test
  void resolvesRelativeLinksAgainstContentLocation() {
    JsonNode line = inspect();

    assertThat(line.get("feed").get("link").asString()).isEqualTo("https://canonical.example.com/");
    JsonNode entry = line.get("entries").get(0);
    assertThat(entry.get("link").asString())
        .isEqualTo("https://canonical.example.com/feeds/posts/1");
    assertThat(entry.get("content").asString())
        .contains("href=\"https://canonical.example.com/feeds/posts/more\"");
  }

  @Test
  void printsTheFeedsId() {
    assertThat(inspect().get("feed").get("id").asString()).isEqualTo("urn:example:headers");
  }
}
