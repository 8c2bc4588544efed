package org.partnerdigest.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class InspectCommandTests {

  static final JsonMapper JSON = JsonMapper.builder().build();

  HttpServer server;
  final CountDownLatch released = new CountDownLatch(1);

  /** Output of one run. */
  record Run(int exit, List<JsonNode> lines, String stdout, String stderr) {}

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/feed.xml", exchange -> respond(exchange, 200, fixture()));
    server.createContext(
        "/missing",
        exchange -> {
          respond(exchange, 404, "<p>no</p>".getBytes());
          released.countDown();
        });
    server.createContext(
        "/slow",
        exchange -> {
          try {
            released.await(10, TimeUnit.SECONDS); // answers once /missing was answered
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          respond(exchange, 404, new byte[0]);
        });
    server.start();
  }

  @AfterEach
  void stopServer() {
    released.countDown();
    server.stop(0);
  }

  static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body)
      throws IOException {
    try (exchange) {
      exchange.getResponseHeaders().set("Content-Type", "application/rss+xml; charset=utf-8");
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      if (body.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      }
    }
  }

  static byte[] fixture() throws IOException {
    try (InputStream in = InspectCommandTests.class.getResourceAsStream("rss-two-items.xml")) {
      return in.readAllBytes();
    }
  }

  static String fixturePath(String name) {
    try {
      return Path.of(InspectCommandTests.class.getResource(name).toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of("inspect"));
    all.addAll(List.of(args));
    int exit =
        InspectCommand.run(
            all.toArray(String[]::new),
            new PrintStream(out, true, UTF_8),
            new PrintStream(err, true, UTF_8),
            env);
    String stdout = out.toString(UTF_8);
    List<JsonNode> lines = stdout.lines().map(line -> JSON.readTree(line)).toList();
    return new Run(exit, lines, stdout, err.toString(UTF_8));
  }

  static Run run(String... args) {
    return run(Map.of(), args);
  }

  @Nested
  class Usage {

    @Test
    void noSourcesIsAUsageError() {
      Run run = run();

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.stdout()).isEmpty();
      assertThat(run.stderr()).contains("no sources given", "usage: partner-digest inspect");
    }

    @Test
    void unknownOptionIsAUsageError() {
      Run run = run("--fast", "x.xml");

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.stderr()).contains("unknown option --fast");
    }

    @Test
    void badAllowedHostIsAUsageError() {
      Run run = run("--allow-host=10.0.0.0/99", "x.xml");

      assertThat(run.exit()).isEqualTo(2);
      assertThat(run.stderr()).contains("'10.0.0.0/99' has a bad prefix length");
      assertThat(run.stderr()).doesNotContain("Exception", "\tat ");
    }
  }

  @Nested
  class Errors {

    @Test
    void missingFileGivesAnErrorObject() {
      Run run = run("no-such-feed.xml");

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.lines()).hasSize(1);
      JsonNode line = run.lines().getFirst();
      assertThat(line.propertyNames())
          .containsExactly("source", "ok", "error", "recovered", "format", "feed", "entries");
      assertThat(line.get("source").asString()).isEqualTo("no-such-feed.xml");
      assertThat(line.get("ok").asBoolean()).isFalse();
      assertThat(line.get("error").asString()).isEqualTo("no such file: no-such-feed.xml");
      assertThat(line.get("recovered").asBoolean()).isFalse();
      assertThat(line.get("format").isNull()).isTrue();
      assertThat(line.get("feed").isNull()).isTrue();
      assertThat(line.get("entries").isArray()).isTrue();
      assertThat(line.get("entries").size()).isZero();
    }

    @Test
    void refusesLoopbackUnlessAllowed() {
      Run run = run(url("/feed.xml"));

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.lines().getFirst().get("error").asString())
          .isEqualTo(
              "refused: 127.0.0.1 is a loopback address"
                  + " (set partner-digest.crawl.allowed-hosts to allow it)");
    }

    @Test
    void reportsHttpErrors() {
      Run run = run("--allow-host=127.0.0.1", url("/missing"));

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.lines().getFirst().get("error").asString()).isEqualTo("HTTP 404 Not Found");
    }

    @Test
    void unknownSampleGivesAnErrorObject() {
      Run run = run("sample:../application.yml", "sample:nope.xml");

      assertThat(run.lines())
          .extracting(l -> l.get("error").asString())
          .containsExactly(
              "no bundled sample '../application.yml'", "no bundled sample 'nope.xml'");
    }

    @Test
    void otherSchemesAreNotFiles() {
      Run run = run("ftp://127.0.0.1/feed.xml");

      assertThat(run.lines().getFirst().get("error").asString())
          .isEqualTo("not a file, sample:NAME or http(s) URL: ftp://127.0.0.1/feed.xml");
    }

    @Test
    void anHtmlPageIsNotAFeed() {
      Run run = run(fixturePath("html-page-not-a-feed.html"));

      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.lines().getFirst().get("ok").asBoolean()).isFalse();
      assertThat(run.lines().getFirst().get("error").asString()).isNotBlank();
      assertThat(run.stdout()).doesNotContain("Exception");
    }
  }

  @Nested
  class Parsing {

    @Test
    void parsesAFile() {
      Run run = run(fixturePath("rss-two-items.xml"));

      assertThat(run.exit()).isZero();
      JsonNode line = run.lines().getFirst();
      assertThat(line.get("ok").asBoolean()).isTrue();
      assertThat(line.get("error").isNull()).isTrue();
      assertThat(line.get("format").asString()).isEqualTo("rss_2.0");
      assertThat(line.get("feed").get("title").asString()).isEqualTo("Partner Program Notes");
      assertThat(line.get("entries").size()).isEqualTo(2);
      JsonNode entry = line.get("entries").get(0);
      assertThat(entry.propertyNames())
          .containsExactly(
              "id",
              "guid",
              "title",
              "link",
              "author",
              "language",
              "published",
              "updated",
              "summary",
              "content",
              "categories",
              "notes");
      assertThat(entry.get("notes").isArray()).isTrue();
      assertThat(entry.get("notes").size()).isZero();
      assertThat(entry.get("title").asString())
          .isEqualTo("Does my designation renew automatically?");
      assertThat(entry.get("published").asString()).isEqualTo("2026-11-02T09:00:00Z");
    }

    @Test
    void fetchesAUrlWhenLoopbackIsAllowed() {
      Run run = run("--allow-host=127.0.0.1", url("/feed.xml"));

      assertThat(run.exit()).isZero();
      assertThat(run.lines().getFirst().get("entries").size()).isEqualTo(2);
    }

    @Test
    void printsTheNotesOfEntriesThatHadToBeChanged(@TempDir Path dir) throws IOException {
      Path feed = dir.resolve("damaged.xml");
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      bytes.write(
          ("<?xml version=\"1.0\" encoding=\"utf-8\"?>"
                  + "<rss version=\"2.0\"><channel><title>t</title><link>https://x.example/</link>"
                  + "<item><title>"
                  + "long ".repeat(1_000)
                  + "</title></item><item><title>bad ")
              .getBytes(UTF_8));
      bytes.write(new byte[] {(byte) 0xC3, (byte) 0x28});
      bytes.write("</title></item></channel></rss>".getBytes(UTF_8));
      Files.write(feed, bytes.toByteArray());

      Run run = run(feed.toString());

      JsonNode entries = run.lines().getFirst().get("entries");
      assertThat(entries.get(0).get("notes").toString()).isEqualTo("[\"truncated\"]");
      assertThat(entries.get(1).get("notes").toString()).isEqualTo("[\"invalid-encoding\"]");
      assertThat(run.lines().getFirst().get("recovered").asBoolean()).isTrue();
    }

    @Test
    void readsABundledSample() {
      Run run = run("sample:mpn-program-blog.xml");

      assertThat(run.exit()).isZero();
      assertThat(run.lines().getFirst().get("entries").size()).isPositive();
    }
  }

  @Nested
  class AllowedHosts {

    @Test
    void acceptsThePropertyAsAnOption() {
      Run run = run("--partner-digest.crawl.allowed-hosts=10.0.0.0/8,127.0.0.1", url("/missing"));

      assertThat(run.lines().getFirst().get("error").asString()).isEqualTo("HTTP 404 Not Found");
    }

    @Test
    void honoursTheEnvironment() {
      Run run = run(Map.of("PARTNER_DIGEST_CRAWL_ALLOWED_HOSTS", "127.0.0.0/8"), url("/missing"));

      assertThat(run.lines().getFirst().get("error").asString()).isEqualTo("HTTP 404 Not Found");
    }
  }

  @Nested
  class ManySources {

    @Test
    void printsInInputOrderWhateverFinishesFirst() {
      // "/slow" answers only after "/missing" has been answered, yet is printed first.
      List<String> sources =
          List.of(url("/slow"), "no-such-1.xml", url("/missing"), "no-such-2.xml");

      Run run = run(concat("--allow-host=127.0.0.1", sources));

      assertThat(run.lines())
          .extracting(l -> l.get("source").asString())
          .containsExactlyElementsOf(sources);
      assertThat(run.lines().getFirst().get("error").asString()).startsWith("HTTP 404");
      assertThat(run.exit()).isEqualTo(1);
    }

    @Test
    void inspectsThreeHundredSourcesInOneCall() {
      List<String> sources =
          IntStream.range(0, 300)
              .mapToObj(i -> i % 3 == 0 ? "no-such-" + i + ".xml" : url("/feed.xml?n=" + i))
              .toList();

      Run run = run(concat("--allow-host=127.0.0.1", sources));

      assertThat(run.lines()).hasSize(300);
      assertThat(run.lines())
          .extracting(l -> l.get("source").asString())
          .containsExactlyElementsOf(sources);
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.lines())
          .filteredOn(l -> l.get("source").asString().startsWith("http"))
          .allSatisfy(l -> assertThat(l.get("entries").size()).isEqualTo(2));
    }
  }

  static String[] concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray(String[]::new);
  }
}
