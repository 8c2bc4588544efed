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
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.archive.ArchiveFixture;
import org.partnerdigest.archive.FeedState;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Invariant 5 across a crash: the sender, in a child JVM, is killed with {@code kill -9} in the
 * middle of an edition and started again; in the end every subscriber has exactly one copy. The
 * kill lands between two messages (just after a delivery was committed, with the next one a pacing
 * interval away): a kill between the server's 250 reply and the commit would resend that one
 * message, which is the documented, unavoidable window and not what this test is about.
 */
class SenderCrashTests {

  static final int SUBSCRIBERS = 12;

  @TempDir Path dataDir;
  GreenMail mail;

  @AfterEach
  void stopMailAndKeepTheLog() throws IOException {
    if (mail != null) {
      mail.stop();
    }
    Path log = dataDir.resolve("child.log");
    if (Files.exists(log)) {
      Files.createDirectories(Path.of("target"));
      Files.copy(
          log, Path.of("target", "sender-crash-child.log"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  @Test
  void aSenderKilledMidEditionAndRestartedSendsEveryoneExactlyOneCopy() throws Exception {
    int smtpPort = freePort();
    mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    Instant cutoff = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MILLIS);
    List<String> emails = prepare(cutoff);
    Path feeds = dataDir.resolve("feeds.yml");

    Process first = child(feeds, smtpPort, cutoff);
    await()
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(5))
        .until(
            () -> {
              int received = mail.getReceivedMessages().length;
              return !first.isAlive() || received >= 4 && sentRows(cutoff) == received;
            });
    first.destroyForcibly();
    first.waitFor(30, TimeUnit.SECONDS);
    int beforeRestart = mail.getReceivedMessages().length;
    System.out.printf(
        "sender crash test: %s after %d messages (%d committed as sent)%n",
        first.exitValue() == 0 ? "finished before the kill" : "killed",
        beforeRestart,
        sentRows(cutoff));

    Process second = child(feeds, smtpPort, cutoff);
    assertThat(second.waitFor(4, TimeUnit.MINUTES)).as("restarted sender finished").isTrue();
    assertThat(second.exitValue()).as("exit code, see %s", dataDir.resolve("child.log")).isZero();

    assertThat(beforeRestart).as("killed mid-edition").isLessThan(SUBSCRIBERS);
    for (String email : emails) {
      assertThat(
              Arrays.stream(mail.getReceivedMessages())
                  .filter(m -> Mails.recipient(m).equals(email))
                  .count())
          .as(email)
          .isEqualTo(1);
    }
    assertThat(sentRows(cutoff)).isEqualTo(SUBSCRIBERS);
  }

  private List<String> prepare(Instant cutoff) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("feeds.yml")) {
      Files.write(dataDir.resolve("feeds.yml"), in.readAllBytes());
    }
    List<String> emails =
        IntStream.range(0, SUBSCRIBERS).mapToObj(i -> "crash-" + i + "@example.com").toList();
    try (ArchiveFixture fx = openDatabase(dataDir)) {
      Instant day = cutoff.minus(Duration.ofDays(1));
      fx.store.storeFetched(
          FeedState.fresh("program-blog", URI.create("https://program.example.test/feed")),
          List.of(
              DigestSiteTest.post("crash-1", "Renewal dates explained", "renewal", day),
              DigestSiteTest.post("crash-2", "Benefits for partners", "benefits", day)),
          day);
      SubscriberStore subscribers = new SubscriberStore(JdbcClient.create(fx.dataSource));
      for (String email : emails) {
        Subscriber s = subscribers.insert(email, List.of(), Instant.now());
        subscribers.setStatus(s.id(), Subscriber.Status.ACTIVE, Instant.now());
      }
    }
    return emails;
  }

  private Process child(Path feeds, int smtpPort, Instant cutoff) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                SenderCrashChild.class.getName(),
                dataDir.resolve("nested").toString(),
                feeds.toString(),
                String.valueOf(smtpPort),
                cutoff.toString()));
    command.addAll(databaseArguments());
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("child.log").toFile()))
        .start();
  }

  private int sentRows(Instant cutoff) {
    try (Connection c = connect();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT COUNT(*) FROM delivery WHERE state = 'sent' AND edition_cutoff = "
                        + cutoff.toEpochMilli())) {
      return rs.next() ? rs.getInt(1) : 0;
    } catch (SQLException notThereYet) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The database of the test; {@link PostgresSenderCrashTests} runs it again on PostgreSQL. */
  ArchiveFixture openDatabase(Path dataDir) {
    return new ArchiveFixture(dataDir);
  }

  /** What the child needs to reach that database besides the data directory. */
  List<String> databaseArguments() {
    return List.of();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:sqlite:" + dataDir.resolve("nested/partner-digest.db"));
  }
}
