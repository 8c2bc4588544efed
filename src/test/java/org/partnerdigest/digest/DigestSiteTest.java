package org.partnerdigest.digest;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.partnerdigest.archive.EntryStore;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.content.ParsedEntry;
import org.partnerdigest.content.TestEntries;
import org.partnerdigest.search.SearchService;
import org.partnerdigest.web.EditorSession;
import org.partnerdigest.web.Editors;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a port chosen up front (so {@code partner-digest.public-url} points at
 * it and every link in a mail can be followed), sending through GreenMail, a real SMTP server on
 * loopback that tests may stop and start again on the same port. Entry links point at a small
 * loopback server that answers 200. Nothing is crawled: tests store entries through the archive
 * with the first-seen times they need, and cut editions at explicit cut-offs, later each time (the
 * context, and so its database, is shared by every test class extending this one). Editors sign in
 * as {@link Editors#ED}; public rate limits are off.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
abstract class DigestSiteTest {

  static final int PORT = freePort();
  static final int SMTP_PORT = freePort();
  static final String BASE = "http://127.0.0.1:" + PORT;
  static final Path DATA = tempDir();
  static final HttpServer POSTS = postServer();
  static final AtomicReference<GreenMail> MAIL = new AtomicReference<>(startMail());
  private static Instant lastCutoff = Instant.now().plus(Duration.ofDays(1));

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("partner-digest.data-dir", DATA::toString);
    registry.add("partner-digest.feeds-file", () -> DATA.resolve("feeds.yml").toString());
    registry.add("partner-digest.catalog.reload-interval", () -> "100ms");
    registry.add("partner-digest.crawl.scheduled", () -> "false");
    registry.add("partner-digest.digest.scheduled", () -> "false");
    registry.add("partner-digest.digest.backoff", () -> "200ms");
    registry.add("partner-digest.digest.max-backoff", () -> "1s");
    registry.add("partner-digest.digest.rate-limit", () -> "40");
    registry.add("partner-digest.public-url", () -> BASE);
    registry.add("spring.mail.host", () -> "127.0.0.1");
    registry.add("spring.mail.port", () -> SMTP_PORT);
    registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "5000");
    registry.add("spring.mail.properties.mail.smtp.timeout", () -> "5000");
    // An editor account for the /admin/digest pages, and no public rate limits: every test class
    // of the shared context subscribes far more often than the 5 a minute one address may.
    Editors.configure(registry);
  }

  @Autowired EntryStore store;
  @Autowired SearchService search;
  @Autowired Editions editions;
  @Autowired DeliveryLog deliveries;
  @Autowired SubscriberStore subscribers;
  final SiteHttp http = new SiteHttp(BASE);

  /** A browser-like visitor: keeps its session cookie and posts forms with their CSRF token. */
  static EditorSession visitor() {
    return new EditorSession(PORT);
  }

  /** A visitor signed in as an editor through the sign-in form. */
  static EditorSession editor() {
    return visitor().signedIn();
  }

  /** A cut-off later than every one used before in this JVM. */
  static synchronized Instant nextCutoff() {
    lastCutoff = lastCutoff.plus(Duration.ofDays(7));
    return lastCutoff;
  }

  /** Stores entries of {@code feed} first seen at {@code firstSeen} and waits until searchable. */
  void archive(String feed, Instant firstSeen, ParsedEntry... entries) {
    store.storeFetched(
        FeedState.fresh(feed, URI.create("https://" + feed + ".example.test/feed")),
        Arrays.asList(entries),
        firstSeen);
    search.awaitCaughtUp(Duration.ofSeconds(30));
  }

  static ParsedEntry post(String id, String title, String text, Instant published) {
    return TestEntries.entry(id)
        .guid(id)
        .title(title)
        .link("http://127.0.0.1:" + POSTS.getAddress().getPort() + "/posts/" + id)
        .published(published)
        .summary("<p>" + text + "</p>")
        .content("<p>" + text + "</p>")
        .text(text)
        .excerpt(text)
        .contentHash(id + title + text)
        .build();
  }

  /** Subscribes over the API, confirms with the link from the mail, returns the subscriber. */
  Subscriber subscribeAndConfirm(String email, List<String> topics) {
    http.postJson("/api/subscribers", SiteHttp.subscribeBody(email, topics));
    String link = awaitLink(email, "/subscribe/confirm?token=");
    http.postForm(link, "");
    return await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> subscribers.findByEmail(email).orElseThrow(),
            s -> s.status() == Subscriber.Status.ACTIVE);
  }

  /** Waits for a mail to {@code email} containing a link with {@code marker}; returns the link. */
  static String awaitLink(String email, String marker) {
    return await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> Mails.links(Mails.to(email)).stream().filter(l -> l.contains(marker)).findFirst(),
            java.util.Optional::isPresent)
        .orElseThrow();
  }

  /** Waits until the edition of {@code cutoff} has nothing pending. */
  void awaitDelivered(Instant cutoff) {
    await().atMost(Duration.ofSeconds(60)).until(() -> deliveries.counts(cutoff).pending() == 0);
  }

  /** Every message GreenMail received so far, across restarts. */
  static List<MimeMessage> received() {
    return Mails.all();
  }

  static GreenMail startMail() {
    GreenMail mail =
        new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Mails.attach(mail);
    return mail;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      Path dir = Files.createTempDirectory("partner-digest-digest-");
      try (InputStream in = DigestSiteTest.class.getResourceAsStream("feeds.yml")) {
        Files.write(dir.resolve("feeds.yml"), in.readAllBytes());
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpServer postServer() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      server.createContext(
          "/posts/",
          exchange -> {
            byte[] body =
                "<!DOCTYPE html><title>post</title><p>post".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
          });
      server.start();
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
