package org.partnerdigest.digest;

import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** Says where mail goes, for the start-up log and the editors' page. */
final class MailDestination {

  private MailDestination() {}

  static String of(JavaMailSender sender) {
    return switch (sender) {
      case OutboxMailSender outbox ->
          "the outbox folder "
              + outbox.folder().toAbsolutePath().normalize()
              + " (.eml files; set spring.mail.host to send through an SMTP server)";
      case JavaMailSenderImpl smtp ->
          "the SMTP server " + smtp.getHost() + ":" + (smtp.getPort() > 0 ? smtp.getPort() : 25);
      default -> sender.getClass().getSimpleName();
    };
  }
}
