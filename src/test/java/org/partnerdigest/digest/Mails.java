package org.partnerdigest.digest;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Reads what GreenMail received, across restarts of the server: recipients, parts, links. */
final class Mails {

  private static final List<MimeMessage> stopped = new ArrayList<>();
  private static GreenMail current;
  private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"]+");

  private Mails() {}

  static synchronized void attach(GreenMail mail) {
    current = mail;
  }

  /** Keeps what the server received before it is stopped. */
  static synchronized void stop(GreenMail mail) {
    stopped.addAll(Arrays.asList(mail.getReceivedMessages()));
    mail.stop();
    if (current == mail) {
      current = null;
    }
  }

  static synchronized List<MimeMessage> all() {
    List<MimeMessage> all = new ArrayList<>(stopped);
    if (current != null) {
      all.addAll(Arrays.asList(current.getReceivedMessages()));
    }
    return all;
  }

  static List<MimeMessage> to(String email) {
    return all().stream().filter(m -> recipient(m).equalsIgnoreCase(email)).toList();
  }

  static List<MimeMessage> digestsTo(String email) {
    return to(email).stream().filter(m -> subject(m).startsWith("Partner Digest, ")).toList();
  }

  static String recipient(MimeMessage message) {
    try {
      return ((InternetAddress) message.getRecipients(Message.RecipientType.TO)[0]).getAddress();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String header(MimeMessage message, String name) {
    try {
      return message.getHeader(name, ", ");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The content of the part of type {@code text/plain} or {@code text/html}. */
  static String part(MimeMessage message, String type) {
    try {
      Multipart multipart = (Multipart) message.getContent();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType(type)) {
          return (String) part.getContent();
        }
      }
      throw new AssertionError("no " + type + " part");
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every link of a message: the HTML part's hrefs and the URLs of the text part. */
  static List<String> links(MimeMessage message) {
    List<String> links = new ArrayList<>();
    Jsoup.parse(part(message, "text/html"))
        .select("a[href]")
        .forEach(a -> links.add(a.attr("href")));
    Matcher urls = URL.matcher(part(message, "text/plain"));
    while (urls.find()) {
      links.add(urls.group());
    }
    return links;
  }

  static List<String> links(List<MimeMessage> messages) {
    return messages.stream().flatMap(m -> links(m).stream()).toList();
  }
}
