package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.PartnerDigestApplication;
import org.partnerdigest.RequiresPostgres;
import org.partnerdigest.TestPostgres;
import org.partnerdigest.archive.ArchiveFixture;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.content.TestEntries;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances (two application contexts) on one PostgreSQL schema cut the same edition at the
 * same moment and both send it, through GreenMail on loopback: one edition, and every subscriber
 * gets exactly one copy, because each delivery is claimed before it is sent.
 */
@RequiresPostgres
class TwoSendersTests {

  static final int SUBSCRIBERS = 30;

  @TempDir Path dir;
  String schema;
  GreenMail mail;
  final List<ConfigurableApplicationContext> instances = new ArrayList<>();

  @AfterEach
  void stop() {
    instances.forEach(ConfigurableApplicationContext::close);
    if (mail != null) {
      mail.stop();
    }
    if (schema != null) {
      TestPostgres.dropSchema(schema);
    }
  }

  @Test
  void twoInstancesCuttingAndSendingOneEditionSendEachSubscriberOneCopy() throws Exception {
    schema = TestPostgres.newSchema("senders");
    int smtpPort = freePort();
    mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Instant cutoff = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS);
    List<String> emails = prepare();
    ConfigurableApplicationContext a = instance("a", smtpPort);
    ConfigurableApplicationContext b = instance("b", smtpPort);

    CompletableFuture<Optional<String>> cutByA =
        CompletableFuture.supplyAsync(() -> a.getBean(Editions.class).publish(cutoff));
    CompletableFuture<Optional<String>> cutByB =
        CompletableFuture.supplyAsync(() -> b.getBean(Editions.class).publish(cutoff));
    assertThat(cutByA.get()).isPresent().isEqualTo(cutByB.get());
    a.getBean(DeliverySender.class).wake();
    b.getBean(DeliverySender.class).wake();

    DeliveryLog deliveries = a.getBean(DeliveryLog.class);
    await()
        .atMost(Duration.ofMinutes(3))
        .until(() -> deliveries.counts(cutoff).sent() == SUBSCRIBERS);
    for (String email : emails) {
      assertThat(
              Arrays.stream(mail.getReceivedMessages())
                  .filter(m -> Mails.recipient(m).equals(email))
                  .count())
          .as(email)
          .isEqualTo(1);
    }
    assertThat(mail.getReceivedMessages()).hasSize(SUBSCRIBERS);
  }

  private List<String> prepare() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("feeds.yml")) {
      Files.write(dir.resolve("feeds.yml"), in.readAllBytes());
    }
    List<String> emails =
        IntStream.range(0, SUBSCRIBERS).mapToObj(i -> "reader-" + i + "@example.com").toList();
    try (ArchiveFixture fx = new ArchiveFixture(TestPostgres.dataSource(schema), schema)) {
      Instant now = Instant.now();
      fx.store.storeFetched(
          FeedState.fresh("program-blog", URI.create("https://program.example.test/feed")),
          List.of(post("two-1", "Renewal dates explained"), post("two-2", "Partner benefits")),
          now);
      SubscriberStore subscribers = new SubscriberStore(JdbcClient.create(fx.dataSource));
      for (String email : emails) {
        Subscriber s = subscribers.insert(email, List.of(), now);
        subscribers.setStatus(s.id(), Subscriber.Status.ACTIVE, now);
      }
    }
    return emails;
  }

  private static org.partnerdigest.content.ParsedEntry post(String id, String title) {
    return TestEntries.entry(id)
        .guid(id)
        .title(title)
        .link("https://program.example.test/posts/" + id)
        .published(Instant.now().minus(Duration.ofHours(1)))
        .summary("<p>" + title + "</p>")
        .content("<p>" + title + "</p>")
        .text(title)
        .excerpt(title)
        .contentHash(id)
        .build();
  }

  private ConfigurableApplicationContext instance(String name, int smtpPort) {
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(PartnerDigestApplication.class)
            .web(WebApplicationType.NONE)
            .run(
                "--spring.datasource.url=" + TestPostgres.jdbcUrl(schema),
                "--spring.datasource.username=" + TestPostgres.user(),
                "--spring.datasource.password=" + TestPostgres.password(),
                "--partner-digest.data-dir=" + dir.resolve(name),
                "--partner-digest.feeds-file=" + dir.resolve("feeds.yml"),
                "--partner-digest.samples.enabled=false",
                "--partner-digest.crawl.scheduled=false",
                "--partner-digest.digest.scheduled=false",
                "--partner-digest.digest.rate-limit=100",
                "--partner-digest.digest.secret=two-senders-test-signing-key",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtpPort);
    instances.add(context);
    return context;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
