package org.partnerdigest.digest;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMailMessage;

/**
 * The mail sender used when no SMTP server is configured: every message becomes one {@code .eml}
 * file (RFC 5322, as an SMTP server would receive it) in the outbox folder, which any mail program
 * opens. Files appear whole (written aside, then moved), so nothing reads half a message.
 */
final class OutboxMailSender implements JavaMailSender {

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);

  private final Path folder;
  private final InstantSource clock;
  private final Session session = Session.getInstance(new Properties());
  private final AtomicLong counter = new AtomicLong();

  OutboxMailSender(Path folder, InstantSource clock) {
    this.folder = folder;
    this.clock = clock;
  }

  Path folder() {
    return folder;
  }

  @Override
  public MimeMessage createMimeMessage() {
    return new MimeMessage(session);
  }

  @Override
  public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
    try {
      return new MimeMessage(session, contentStream);
    } catch (MessagingException e) {
      throw new MailParseException("cannot read a MIME message", e);
    }
  }

  @Override
  public synchronized void send(MimeMessage... messages) throws MailException {
    for (MimeMessage message : messages) {
      String name = STAMP.format(clock.instant()) + "-" + counter.incrementAndGet() + ".eml";
      try {
        Files.createDirectories(folder);
        message.saveChanges();
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
          message.writeTo(out);
        }
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException | MessagingException e) {
        throw new MailSendException("cannot write " + name + " to the outbox " + folder, e);
      }
    }
  }

  @Override
  public void send(SimpleMailMessage... messages) throws MailException {
    for (SimpleMailMessage simple : messages) {
      MimeMessage message = createMimeMessage();
      simple.copyTo(new MimeMailMessage(message));
      send(message);
    }
  }
}
