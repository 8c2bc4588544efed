package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.TestProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * With no {@code spring.mail.host}, mail goes to {@code data/outbox/*.eml}, readable by any mail
 * program; the signing key is generated into the data directory, owner-only, and kept.
 */
@SpringBootTest
class OutboxTests {

  @TempDir static Path data;

  @DynamicPropertySource
  static void properties(DynamicPropertyRegistry registry) {
    registry.add("partner-digest.data-dir", data::toString);
    registry.add("partner-digest.feeds-file", () -> data.resolve("feeds.yml").toString());
    registry.add("partner-digest.crawl.scheduled", () -> "false");
    registry.add("partner-digest.digest.scheduled", () -> "false");
  }

  @Autowired JavaMailSender mailSender;
  @Autowired Subscriptions subscriptions;

  @Test
  void theConfirmationMailLandsInTheOutboxAsAnEmlFile() throws Exception {
    assertThat(mailSender).isInstanceOf(OutboxMailSender.class);

    subscriptions.subscribe("outbox@example.com", List.of(), Subscriptions.Channel.API);

    Path outbox = data.resolve("outbox");
    Path eml =
        await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> emlFiles(outbox).stream().findFirst(), java.util.Optional::isPresent)
            .orElseThrow();
    try (InputStream in = Files.newInputStream(eml)) {
      MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
      assertThat(Mails.recipient(message)).isEqualTo("outbox@example.com");
      assertThat(message.getContentType()).startsWith("multipart/alternative");
      assertThat(Mails.part(message, "text/plain")).contains("/subscribe/confirm?token=");
    }
  }

  @Test
  void generatesAnOwnerOnlySigningKeyOnceAndKeepsIt() throws Exception {
    Path key = data.resolve(SigningKey.FILE);
    assertThat(Files.getPosixFilePermissions(key))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    DigestProperties properties =
        TestProperties.bind(
            "partner-digest",
            DigestProperties.class,
            java.util.Map.of("partner-digest.data-dir", data.toString()));

    assertThat(SigningKey.of(properties)).isEqualTo(SigningKey.of(properties)).hasSize(32);
  }

  private static List<Path> emlFiles(Path outbox) throws Exception {
    if (!Files.isDirectory(outbox)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(outbox)) {
      return files.filter(f -> f.toString().endsWith(".eml")).toList();
    }
  }
}
