package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SendFailureTests {

  @Test
  void aRecipientRefusedWith5xxIsPermanent() throws Exception {
    var refused =
        new SMTPAddressFailedException(
            new InternetAddress("gone@example.com"), "RCPT TO", 550, "550 5.1.1 user unknown");

    SendFailure failure = SendFailure.of(failed(refused));

    assertThat(failure.permanent()).isTrue();
    assertThat(failure.accepted()).isFalse();
    assertThat(failure.message()).contains("550 5.1.1 user unknown");
  }

  @Test
  void a4xxReplyIsTransient() {
    var busy =
        new SMTPSendFailedException(
            "DATA", 451, "451 4.3.0 try again later", null, null, null, null);

    assertThat(SendFailure.of(failed(busy)).permanent()).isFalse();
  }

  @Test
  void aRefusedConnectionIsTransient() {
    var down =
        new MailSendException(
            "Mail server connection failed",
            new MessagingException("Couldn't connect", new ConnectException("Connection refused")));

    SendFailure failure = SendFailure.of(down);

    assertThat(failure.permanent()).isFalse();
    assertThat(failure.message()).contains("Connection refused").doesNotContain("\n");
  }

  @Test
  void aFailureOnlyWhenClosingAfterTheServerAcceptedCountsAsSent() {
    var closing =
        new MailSendException(
            "Failed to close server connection after message sending",
            new MessagingException("connection reset"));

    assertThat(SendFailure.of(closing).accepted()).isTrue();
  }

  private static MailSendException failed(Exception cause) {
    return new MailSendException(Map.of(new Object(), cause));
  }
}
