package org.partnerdigest.web;

import java.security.Principal;
import java.util.List;
import org.partnerdigest.archive.AuditLog;
import org.partnerdigest.digest.EditionSummary;
import org.partnerdigest.digest.Editions;
import org.partnerdigest.digest.InvalidSubscriptionException;
import org.partnerdigest.digest.Preview;
import org.partnerdigest.digest.Subscriptions;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.mail.MailException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editors' digest controls under {@code /admin/digest}: where mail goes, the delivery status of
 * each edition (with the reasons of failures), a preview of the coming edition for any choice of
 * topics, a test mail to any address, and "send now" (idempotent: it cuts the latest scheduled
 * edition once and resumes its deliveries). Both sends are audited as {@code digest.send}.
 */
@Controller
class DigestAdminController {

  private final Editions editions;
  private final Subscriptions subscriptions;
  private final AuditLog audit;

  DigestAdminController(Editions editions, Subscriptions subscriptions, AuditLog audit) {
    this.editions = editions;
    this.subscriptions = subscriptions;
    this.audit = audit;
  }

  @GetMapping("/admin/digest")
  String status(
      @RequestParam(required = false) List<String> topics,
      @RequestParam(defaultValue = "false") boolean preview,
      Model model) {
    List<String> chosen = topics == null ? List.of() : topics;
    model.addAttribute("status", editions.status());
    model.addAttribute("topics", subscriptions.topics());
    model.addAttribute("chosen", chosen);
    if (preview) {
      Preview coming = editions.preview(chosen);
      model.addAttribute("preview", coming);
      model.addAttribute("edition", coming.page());
      model.addAttribute("previewQuery", query(chosen));
    }
    model.addAttribute("section", "admin");
    return "admin-digest";
  }

  /** The coming edition's mail HTML exactly as sent (inline styles: open it on its own). */
  @GetMapping("/admin/digest/preview.html")
  @ResponseBody
  ResponseEntity<String> previewHtml(@RequestParam(required = false) List<String> topics) {
    return ResponseEntity.ok()
        .contentType(MediaType.TEXT_HTML)
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .body(editions.preview(topics == null ? List.of() : topics).mail().html());
  }

  @PostMapping("/admin/digest/test")
  String sendTest(
      @RequestParam(defaultValue = "") String address,
      @RequestParam(required = false) List<String> topics,
      Principal editor,
      RedirectAttributes redirect) {
    try {
      editions.sendTest(address, topics == null ? List.of() : topics);
      audit.record(editor.getName(), "digest.send", "test", "1 test copy to " + address.strip());
      redirect.addFlashAttribute(
          "notice", "A test digest is on its way to " + address.strip() + ".");
    } catch (InvalidSubscriptionException e) {
      redirect.addFlashAttribute("problem", e.getMessage());
    } catch (MailException e) {
      redirect.addFlashAttribute("problem", "The mail server refused the test: " + e.getMessage());
    }
    return "redirect:/admin/digest";
  }

  @PostMapping("/admin/digest/send-now")
  String sendNow(Principal editor, RedirectAttributes redirect) {
    String notice =
        editions
            .sendNow()
            .map(
                key -> {
                  audit.record(editor.getName(), "digest.send", key, copies(key));
                  return "Edition " + key + " is cut; its deliveries are being sent.";
                })
            .orElse("The schedule has not fired yet: there is no edition to send.");
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/admin/digest";
  }

  /** How many copies the edition sends, as the audit's detail. */
  private String copies(String key) {
    return editions.list().stream()
        .filter(e -> e.key().equals(key))
        .findFirst()
        .map(DigestAdminController::copies)
        .orElse("");
  }

  private static String copies(EditionSummary e) {
    int copies = e.pending() + e.sent() + e.failed();
    return copies
        + " copies ("
        + e.sent()
        + " sent, "
        + e.pending()
        + " pending, "
        + e.failed()
        + " failed; "
        + e.skipped()
        + " subscribers with nothing new)";
  }

  private static String query(List<String> topics) {
    StringBuilder query = new StringBuilder();
    for (String topic : topics) {
      query
          .append(query.isEmpty() ? "?" : "&")
          .append("topics=")
          .append(java.net.URLEncoder.encode(topic, java.nio.charset.StandardCharsets.UTF_8));
    }
    return query.toString();
  }
}
