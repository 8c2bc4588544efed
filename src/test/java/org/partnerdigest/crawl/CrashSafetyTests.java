package org.partnerdigest.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.archive.ArchiveFixture;
import org.partnerdigest.archive.ArchivedEntry;

/**
 * Invariant 2: {@code kill -9} at any moment loses no entry. A child JVM crawls many loopback feeds
 * and is killed at random points (several times, with some feeds changing in between); after a
 * final complete run every entry is there exactly once, seq values are unique and increasing, and
 * each feed's committed ETag matches the entries stored with it (a later 304 relies on that).
 */
class CrashSafetyTests {

  static final int FEEDS = 40;
  static final int POSTS = 25;
  static final int REVISED_FEEDS = 10;

  @TempDir Path dataDir;
  HttpServer server;
  final Map<Integer, Integer> versions = new ConcurrentHashMap<>();
  final Random random = new Random();

  @BeforeEach
  void serveFeeds() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.createContext("/", this::serve);
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  @Test
  void killingTheCrawlAtRandomPointsLosesAndDuplicatesNothing() throws Exception {
    long seed = System.nanoTime();
    random.setSeed(seed);
    int total = FEEDS * POSTS;

    crawlAndKillAfter(1 + random.nextInt(total / 2));
    IntStream.range(0, REVISED_FEEDS).forEach(i -> versions.put(i, 2));
    crawlAndKillAfter(entryRows() + 1 + random.nextInt(total / 3));
    Process last = child();
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).as("final crawl finished").isTrue();
    assertThat(last.exitValue()).as("final crawl exit code (seed %d)", seed).isZero();

    try (ArchiveFixture fx = new ArchiveFixture(dataDir)) {
      List<ArchivedEntry> all = fx.archive.changesAfter(0, 100_000);
      assertThat(all).as("seed %d", seed).hasSize(total);
      assertThat(all).extracting(ArchivedEntry::seq).isSorted().doesNotHaveDuplicates();
      assertThat(all.getLast().seq()).isEqualTo(fx.archive.lastSeq());
      Map<String, List<ArchivedEntry>> byFeed =
          all.stream().collect(Collectors.groupingBy(ArchivedEntry::feedKey));
      for (int f = 0; f < FEEDS; f++) {
        List<ArchivedEntry> entries = byFeed.get("feed" + f);
        assertThat(entries)
            .extracting((ArchivedEntry e) -> e.entry().guid())
            .doesNotHaveDuplicates()
            .hasSize(POSTS);
        String firstTitle = title(f, 0);
        assertThat(entries).extracting((ArchivedEntry e) -> e.entry().title()).contains(firstTitle);
        assertThat(fx.states.find("feed" + f).orElseThrow().validators().etag()).isEqualTo(etag(f));
      }
    }
  }

  private void crawlAndKillAfter(int entries) throws Exception {
    Process process = child();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(10))
        .until(() -> !process.isAlive() || entryRows() >= entries);
    boolean killedMidway = process.isAlive();
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    System.out.printf(
        "crash test: %s at %d entries (target %d)%n",
        killedMidway ? "killed" : "finished before the kill", entryRows(), entries);
  }

  private Process child() throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String base = "http://127.0.0.1:" + server.getAddress().getPort();
    return new ProcessBuilder(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            CrashCrawlChild.class.getName(),
            dataDir.toString(),
            base,
            String.valueOf(FEEDS))
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("child.log").toFile()))
        .start();
  }

  private int entryRows() {
    String url = "jdbc:sqlite:" + dataDir.resolve("nested/partner-digest.db");
    try (Connection c = DriverManager.getConnection(url);
        ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM entry")) {
      return rs.getInt(1);
    } catch (SQLException notThereYet) {
      return 0;
    }
  }

  private String etag(int feed) {
    return "\"feed" + feed + "-v" + versions.getOrDefault(feed, 1) + "\"";
  }

  private String title(int feed, int post) {
    boolean revised = post == 0 && versions.getOrDefault(feed, 1) == 2;
    return "Post " + post + " of feed " + feed + (revised ? " (revised)" : "");
  }

  private void serve(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    int feed = Integer.parseInt(path.replaceAll("\\D", ""));
    String etag = etag(feed);
    exchange.getResponseHeaders().add("ETag", etag);
    try {
      // A little latency so that the crawl is spread out and kills land in the middle of it.
      new CountDownLatch(1).await(5 + random.nextInt(20), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
      exchange.sendResponseHeaders(304, -1);
      exchange.close();
      return;
    }
    byte[] body = rss(feed).getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
    exchange.sendResponseHeaders(200, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  private String rss(int feed) {
    StringBuilder xml =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
                + "<title>Feed "
                + feed
                + "</title><link>https://crash.example/</link><description>d</description>");
    for (int p = 0; p < POSTS; p++) {
      xml.append("<item><guid>https://crash.example/feed")
          .append(feed)
          .append("/post")
          .append(p)
          .append("</guid><title>")
          .append(title(feed, p))
          .append("</title><link>https://crash.example/feed")
          .append(feed)
          .append("/post")
          .append(p)
          .append("</link><pubDate>Mon, 02 Feb 2026 09:")
          .append(String.format("%02d", p))
          .append(":00 GMT</pubDate><description>Body of post ")
          .append(p)
          .append("</description></item>");
    }
    return xml.append("</channel></rss>").toString();
  }
}
