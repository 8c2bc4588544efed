package org.partnerdigest.digest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.HashMap;
import java.util.Map;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Builds every mail the digest sends, as {@code multipart/alternative} (plain text and HTML) with
 * absolute links from {@code partner-digest.public-url}, a signed preferences link in each, and on
 * digests the one-click unsubscribe headers of RFC 8058. Addresses were checked on the way in; they
 * are parsed strictly again here, so nothing reaches a header that is not one plain address.
 */
@Component
class DigestMails {

  private final JavaMailSender sender;
  private final MailTemplates templates = new MailTemplates();
  private final LinkTokens tokens;
  private final DigestProperties properties;
  private final InstantSource clock;

  DigestMails(
      JavaMailSender sender, LinkTokens tokens, DigestProperties properties, InstantSource clock) {
    this.sender = sender;
    this.tokens = tokens;
    this.properties = properties;
    this.clock = clock;
  }

  /** The digest for one subscriber, as it would be sent. */
  RenderedMail renderDigest(String subscriberId, EditionPage page) {
    Map<String, Object> model = links(subscriberId);
    model.put("page", page);
    model.put("editionUrl", properties.absolute("/digests/" + page.key()));
    return templates.render("digest", page.subject(), model);
  }

  MimeMessage digest(Subscriber to, EditionPage page) {
    RenderedMail mail = renderDigest(to.id(), page);
    MimeMessage message = message(to.email(), mail);
    try {
      String unsubscribe = unsubscribeUrl(to.id());
      String mailbox = mailbox();
      String mailto =
          "mailto:" + mailbox + "?subject=" + encode("unsubscribe " + manageToken(to.id()));
      message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">, <" + mailto + ">");
      message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
      message.setHeader("List-Id", "Partner Digest <digest." + host() + ">");
      message.setHeader("Precedence", "bulk");
    } catch (MessagingException e) {
      throw new MailPreparationException("cannot set the digest headers", e);
    }
    return message;
  }

  MimeMessage confirmation(Subscriber to) {
    Instant expires = clock.instant().plus(properties.digest().confirmExpiry());
    Map<String, Object> model = links(to.id());
    model.put(
        "confirmUrl",
        properties.absolute(
            "/subscribe/confirm?token="
                + tokens.sign(LinkTokens.Purpose.CONFIRM, to.id(), expires)));
    model.put("expiresDays", Math.max(1, properties.digest().confirmExpiry().toDays()));
    model.put("topics", to.topics());
    return message(
        to.email(), templates.render("confirm", "Confirm your Partner Digest subscription", model));
  }

  MimeMessage alreadySubscribed(Subscriber to) {
    return message(
        to.email(),
        templates.render(
            "already-subscribed", "You already receive Partner Digest", links(to.id())));
  }

  String manageToken(String subscriberId) {
    return tokens.sign(LinkTokens.Purpose.MANAGE, subscriberId, null);
  }

  String unsubscribeUrl(String subscriberId) {
    return properties.absolute("/unsubscribe?token=" + manageToken(subscriberId));
  }

  private Map<String, Object> links(String subscriberId) {
    Map<String, Object> model = new HashMap<>();
    model.put("siteUrl", properties.absolute("/"));
    model.put("base", properties.absolute(""));
    model.put(
        "preferencesUrl",
        properties.absolute("/subscribe/preferences?token=" + manageToken(subscriberId)));
    model.put("unsubscribeUrl", unsubscribeUrl(subscriberId));
    return model;
  }

  private MimeMessage message(String to, RenderedMail mail) {
    MimeMessage message = sender.createMimeMessage();
    try {
      message.setFrom(InternetAddress.parse(properties.digest().from(), true)[0]);
      message.setRecipient(Message.RecipientType.TO, single(to));
      message.setSubject(mail.subject(), "UTF-8");
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), "UTF-8", "plain");
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), "UTF-8", "html");
      // plain text first: RFC 2046 lists alternatives from the simplest to the richest
      MimeMultipart alternative = new MimeMultipart("alternative", text, html);
      message.setContent(alternative);
      message.setHeader("Auto-Submitted", "auto-generated");
      message.setSentDate(java.util.Date.from(clock.instant()));
    } catch (MessagingException e) {
      throw new MailPreparationException("cannot build a mail to " + to, e);
    }
    return message;
  }

  private static InternetAddress single(String address) throws AddressException {
    InternetAddress[] parsed = InternetAddress.parse(address, true);
    if (parsed.length != 1 || parsed[0].getPersonal() != null) {
      throw new AddressException("not one plain address", address);
    }
    parsed[0].validate();
    return parsed[0];
  }

  private String mailbox() {
    String configured = properties.digest().unsubscribeMailbox();
    try {
      return configured != null && !configured.isBlank()
          ? single(configured).getAddress()
          : InternetAddress.parse(properties.digest().from(), true)[0].getAddress();
    } catch (AddressException e) {
      throw new MailPreparationException(
          "partner-digest.digest.from or unsubscribe-mailbox is not a valid address", e);
    }
  }

  private String host() {
    String host = properties.publicUrl().getHost();
    return host == null ? "localhost" : host;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
