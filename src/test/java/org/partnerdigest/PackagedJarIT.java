package org.partnerdigest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts the packaged jar the way an operator does ({@code java -jar}) and uses it. The jar loads
 * classes through Spring Boot's nested-jar reader, which tests on the plain class path never touch;
 * with too few virtual-thread carriers it could hang at start-up while the first crawl and the
 * first requests loaded classes together (see {@link
 * PartnerDigestApplication#MIN_VIRTUAL_THREAD_CARRIERS}). Requests hammer it while it starts.
 * Structured logs (README, "Logs") are checked here too: only a real process shows what reaches
 * standard output.
 */
class PackagedJarIT {

  private static final String FEEDS =
      """
      groups:
        - key: samples
          title: Bundled offline samples
          tier: community
      feeds:
        - key: sample-mpn-program-blog
          url: sample:mpn-program-blog.xml
          group: samples
        - key: sample-channel-insights
          url: sample:channel-insights.json
          group: samples
        - key: sample-isv-corner
          url: sample:isv-corner.atom
          group: samples
        - key: sample-licensing-lowdown
          url: sample:licensing-lowdown.xml
          group: samples
      """;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
  private Process app;
  private int port;

  @TempDir Path workDir;

  @BeforeEach
  void writeFeeds() throws IOException {
    Files.writeString(workDir.resolve("feeds.yml"), FEEDS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (app == null) {
      return;
    }
    app.destroy();
    if (!app.waitFor(30, TimeUnit.SECONDS)) {
      app.destroyForcibly();
    }
  }

  @Test
  void startsUnderRequestsAndServesTheCrawledSamples() throws Exception {
    app = startJar(freePort());
    String base = "http://127.0.0.1:" + port;
    AtomicBoolean starting = new AtomicBoolean(true);
    List<String> paths = List.of("/", "/actuator/health", "/search?q=partner", "/api/search?q=mpn");
    try (ExecutorService hammer = Executors.newFixedThreadPool(8)) {
      for (int i = 0; i < 8; i++) {
        String path = paths.get(i % paths.size());
        hammer.submit(
            () -> {
              while (starting.get() && app.isAlive()) {
                status(base + path);
              }
            });
      }
      await()
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(500))
          .until(() -> !app.isAlive() || status(base + "/") == 200);
      starting.set(false);
    }
    assertThat(app.isAlive()).as("the jar exited; see %s", log()).isTrue();

    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> body(base + "/api/search?q=partner").matches("(?s)\\{\"total\":[1-9].*"));
    assertThat(status(base + "/feeds")).isEqualTo(200);
    assertThat(status(base + "/actuator/health")).isEqualTo(200);
  }

  @Test
  void logsOneJsonObjectPerLineWhenAskedForStructuredLogs() throws Exception {
    app = startJar(freePort(), "--logging.structured.format.console=ecs");
    String base = "http://127.0.0.1:" + port;
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> !app.isAlive() || status(base + "/") == 200);
    assertThat(app.isAlive()).as("the jar exited; see %s", log()).isTrue();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> log().contains("crawl cycle"));

    JsonMapper json = JsonMapper.builder().build();
    List<String> lines = log().lines().filter(line -> !line.isBlank()).toList();
    assertThat(lines).hasSizeGreaterThan(5);
    for (String line : lines) {
      JsonNode record = json.readTree(line);
      assertThat(record.has("@timestamp")).as(line).isTrue();
      assertThat(record.path("log").path("level").asString()).as(line).isNotEmpty();
      assertThat(record.has("message")).as(line).isTrue();
    }
  }

  private Process startJar(int port, String... extra) throws IOException {
    this.port = port;
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-jar");
    command.add(Path.of(System.getProperty("partner-digest.jar")).toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--server.address=127.0.0.1");
    command.add("--partner-digest.data-dir=" + workDir.resolve("data"));
    command.add("--partner-digest.feeds-file=" + workDir.resolve("feeds.yml"));
    command.addAll(List.of(extra));
    return new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDir.resolve("app.log").toFile())
        .start();
  }

  private int status(String url) {
    try {
      return http.send(request(url), HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private String body(String url) throws IOException, InterruptedException {
    return http.send(request(url), HttpResponse.BodyHandlers.ofString()).body();
  }

  private static HttpRequest request(String url) {
    return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build();
  }

  private String log() throws IOException {
    return Files.readString(workDir.resolve("app.log"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
