package org.partnerdigest.search;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.partnerdigest.archive.EntryArchive;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application on a random port, crawling the relevance collections from {@link
 * IrFeedSite} on loopback. Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class IrSiteTest {

  static final List<IrCollection> COLLECTIONS = loadCollections();
  private static final Path DIR = tempDir();
  private static final IrFeedSite SITE = startSite();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @LocalServerPort int port;
  @Autowired SearchService search;
  @Autowired EntryArchive archive;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("partner-digest.data-dir", () -> DIR.resolve("data").toString());
    registry.add("partner-digest.feeds-file", () -> DIR.resolve("feeds.yml").toString());
    registry.add("partner-digest.crawl.allowed-hosts", () -> "127.0.0.1");
    registry.add("partner-digest.crawl.tick", () -> "1s");
    // relevance must not depend on the machine's load (see SearchFixture.UNHURRIED)
    registry.add("partner-digest.search.query-time-budget", () -> "1m");
    registry.add("partner-digest.search.expensive-query-wait", () -> "1m");
    // Hundreds of judged queries in a row: measuring relevance, not the public rate limit.
    registry.add("partner-digest.rate-limits.enabled", () -> "false");
  }

  /** Waits until every document of every collection is archived and searchable. */
  void awaitCrawledAndIndexed() {
    int docs = COLLECTIONS.stream().mapToInt(c -> c.docs().size()).sum();
    await()
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> archive.changesAfter(0, docs + 1000).size() >= docs);
    await().atMost(Duration.ofMinutes(5)).until(() -> search.awaitCaughtUp(Duration.ofSeconds(1)));
  }

  /** The document ids of {@code /api/search?q=text&size=size}, in rank order. */
  List<String> rankedDocIds(String text, int size) {
    JsonNode body = get("/api/search?size=" + size + "&q=" + encode(text));
    List<String> ids = new ArrayList<>();
    body.get("hits").forEach(hit -> ids.add(IrFeedSite.docId(hit.get("link").asString())));
    return ids;
  }

  JsonNode get(String pathAndQuery) {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery)).build();
    try {
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(pathAndQuery + " answered " + response.statusCode());
      }
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static Path irDir() {
    return Path.of(System.getProperty("partner-digest.ir-dir", "../shared/ir"));
  }

  private static List<IrCollection> loadCollections() {
    List<IrCollection> loaded = new ArrayList<>();
    for (String name : List.of("cisi", "medline")) {
      Path dir = irDir().resolve(name);
      if (Files.isDirectory(dir)) {
        try {
          loaded.add(IrCollection.load(dir));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("relevance collection missing at " + dir);
      }
    }
    return loaded;
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("partner-digest-ir");
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static IrFeedSite startSite() {
    try {
      IrFeedSite site = new IrFeedSite(COLLECTIONS);
      site.writeFeedsFile(DIR, COLLECTIONS);
      return site;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
