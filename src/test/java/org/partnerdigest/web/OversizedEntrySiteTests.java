package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Issue 7, defect 6 at the level it was found: a feed on loopback whose one item has a 9 MB title
 * (just under the 10 MB body cap) is crawled by the whole application; the pages, the API and the
 * Atom output serve the title at its bounded size and the API names the entry's note. Its other
 * items, one with a {@code javascript:} link, are served as usual and without one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OversizedEntrySiteTests {

  private static final int TITLE_LIMIT = 1_000;
  private static final String HUGE_TITLE = "Renewal guidance ".repeat(530_000);
  private static final int SMALL_RESPONSE = 200_000;

  @TempDir static Path data;
  private static HttpServer feeds;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) throws IOException {
    feeds = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] body = hostileFeed().getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).as("the test feed fits the 10 MB fetch cap").isLessThan(10 << 20);
    feeds.createContext(
        "/hostile.rss",
        exchange -> {
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          exchange.sendResponseHeaders(200, body.length);
          try (var out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    feeds.start();
    Files.writeString(
        data.resolve("feeds.yml"),
        "feeds:\n  - key: hostile\n    url: http://127.0.0.1:%d/hostile.rss\n    title: Hostile\n"
            .formatted(feeds.getAddress().getPort()));
    registry.add("partner-digest.data-dir", () -> data.toString());
    registry.add("partner-digest.feeds-file", () -> data.resolve("feeds.yml").toString());
    registry.add("partner-digest.crawl.allowed-hosts", () -> "127.0.0.1");
    registry.add("partner-digest.crawl.scheduled", () -> "true");
    registry.add("partner-digest.samples.enabled", () -> "false");
  }

  private static String hostileFeed() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
        + "<title>Hostile</title><link>https://hostile.example.com/</link>"
        + "<item><guid>huge</guid><link>https://hostile.example.com/huge</link><title>"
        + HUGE_TITLE
        + "</title><description>A post whose title never ends</description></item>"
        + "<item><guid>script</guid><link>javascript:alert(document.domain)</link>"
        + "<title>Click me</title><description>scripted link</description></item>"
        + "<item><guid>plain</guid><link>https://hostile.example.com/plain</link>"
        + "<title>An ordinary post</title><description>nothing special</description></item>"
        + "</channel></rss>";
  }

  @AfterAll
  static void stopFeeds() {
    feeds.stop(0);
  }

  @LocalServerPort int port;
  SiteClient site;

  @BeforeEach
  void waitUntilCrawled() {
    site = new SiteClient(port);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> site.json("/api/search").path("total").asLong() == 3);
  }

  private JsonNode hit(String titlePrefix) {
    return StreamSupport.stream(site.json("/api/search").get("hits").spliterator(), false)
        .filter(h -> h.get("title").asString().startsWith(titlePrefix))
        .findFirst()
        .orElseThrow();
  }

  private HttpResponse<String> ok(String path) {
    HttpResponse<String> response = site.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response;
  }

  @Test
  void theApiServesTheTitleAtItsBoundedSizeAndNamesTheNote() {
    String id = hit("Renewal guidance").get("id").asString();

    HttpResponse<String> response = ok("/api/entries/" + id);
    JsonNode entry = SiteClient.parse(response.body());

    assertThat(response.body().length()).isLessThan(SMALL_RESPONSE);
    assertThat(entry.get("title").asString())
        .hasSizeLessThanOrEqualTo(TITLE_LIMIT)
        .startsWith("Renewal guidance Renewal guidance")
        .endsWith("…");
    assertThat(entry.get("notes").toString()).isEqualTo("[\"truncated\"]");
  }

  @Test
  void anOrdinaryEntryHasNoNotes() {
    String id = hit("An ordinary post").get("id").asString();

    JsonNode entry = SiteClient.parse(ok("/api/entries/" + id).body());

    assertThat(entry.get("notes").isArray()).isTrue();
    assertThat(entry.get("notes").size()).isZero();
  }

  @Test
  void pagesAndAtomOutputsStaySmall() {
    for (String path : new String[] {"/", "/search?q=renewal", "/feed.atom", "/api/search"}) {
      String body = ok(path).body();

      assertThat(body.length()).as(path).isLessThan(SMALL_RESPONSE);
      assertThat(body)
          .as(path)
          .contains("Renewal guidance")
          .doesNotContain(HUGE_TITLE.substring(0, 20_000));
    }
  }

  @Test
  void theScriptedLinkIsServedNowhere() {
    assertThat(hit("Click me").get("link").isNull()).isTrue();
    for (String path : new String[] {"/", "/search?q=click", "/feed.atom", "/api/search"}) {
      assertThat(ok(path).body().toLowerCase(Locale.ROOT)).as(path).doesNotContain("javascript:");
    }
  }
}
