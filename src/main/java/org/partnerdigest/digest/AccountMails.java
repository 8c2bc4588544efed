package org.partnerdigest.digest;

import jakarta.mail.internet.MimeMessage;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends the mails about a subscription (the confirmation link, "you are already subscribed") in the
 * background, so an answer to a sign-up takes the same time whether or not the address was known
 * and never waits on the mail server. A failure is logged; the person can sign up again.
 */
@Component
class AccountMails {

  private static final Logger log = LoggerFactory.getLogger(AccountMails.class);

  private final DigestMails mails;
  private final JavaMailSender sender;

  AccountMails(DigestMails mails, JavaMailSender sender) {
    this.mails = mails;
    this.sender = sender;
  }

  void sendConfirmation(Subscriber to) {
    sendLater("confirmation", () -> mails.confirmation(to));
  }

  void sendAlreadySubscribed(Subscriber to) {
    sendLater("already-subscribed note", () -> mails.alreadySubscribed(to));
  }

  private void sendLater(String what, Supplier<MimeMessage> message) {
    Thread.ofVirtual()
        .name("digest-account-mail")
        .start(
            () -> {
              try {
                sender.send(message.get());
              } catch (MailException | IllegalStateException e) {
                log.warn("could not send a {} mail: {}", what, SendFailure.of(asMail(e)).message());
              }
            });
  }

  private static MailException asMail(RuntimeException e) {
    return e instanceof MailException mail
        ? mail
        : new org.springframework.mail.MailPreparationException(e.getMessage(), e);
  }
}
