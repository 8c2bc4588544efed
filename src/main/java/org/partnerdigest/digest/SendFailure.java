package org.partnerdigest.digest;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send means. A 5xx reply about the recipient is permanent (retrying cannot help; an
 * editor sees it); 4xx replies, refused connections, timeouts and dropped connections are transient
 * and retried with backoff. A failure that came only after the server accepted the message (closing
 * the connection) is no failure: the message was sent.
 *
 * @param permanent stop trying this recipient
 * @param accepted the server had accepted the message; count it as sent
 */
record SendFailure(boolean permanent, boolean accepted, String message) {

  private static final int MAX_MESSAGE = 500;

  static SendFailure of(MailException e) {
    if (e instanceof MailSendException send
        && send.getFailedMessages().isEmpty()
        && String.valueOf(send.getMessage()).startsWith("Failed to close server connection")) {
      return new SendFailure(false, true, describe(e));
    }
    if (e instanceof MailParseException || e instanceof MailPreparationException) {
      return new SendFailure(true, false, describe(e));
    }
    List<Throwable> roots = new ArrayList<>(List.of(e));
    if (e instanceof MailSendException send) {
      // Spring keeps the per-message failures aside, not as the cause
      roots.addAll(List.of(send.getMessageExceptions()));
    }
    for (Throwable root : roots) {
      for (Throwable cause = root; cause != null; cause = cause.getCause()) {
        int code = replyCode(cause);
        if (code > 0) {
          return new SendFailure(code >= 500, false, describe(cause));
        }
      }
    }
    return new SendFailure(false, false, describe(roots.getLast()));
  }

  private static int replyCode(Throwable t) {
    return switch (t) {
      case SMTPAddressFailedException a -> a.getReturnCode();
      case SMTPSenderFailedException s -> s.getReturnCode();
      case SMTPSendFailedException s -> s.getReturnCode();
      default -> 0;
    };
  }

  private static String describe(Throwable t) {
    StringBuilder text = new StringBuilder();
    for (Throwable cause = t;
        cause != null && text.length() < MAX_MESSAGE;
        cause = cause.getCause()) {
      String message = cause.getMessage();
      if (message != null && !message.isBlank() && text.indexOf(message.strip()) < 0) {
        if (!text.isEmpty()) {
          text.append(": ");
        }
        text.append(message.strip());
      }
    }
    String flat = text.toString().replaceAll("[\\r\\n\\t]+", " ");
    return flat.length() > MAX_MESSAGE ? flat.substring(0, MAX_MESSAGE) + "…" : flat;
  }
}
