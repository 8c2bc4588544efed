package org.partnerdigest.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.partnerdigest.digest.InvalidSubscriptionException;
import org.partnerdigest.digest.Preferences;
import org.partnerdigest.digest.Subscriptions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The subscriber's pages: the sign-up form, the confirmation page (a GET only shows a button, so
 * link scanners confirm nothing), preferences, and unsubscribe (a GET shows a button; a POST is RFC
 * 8058's one-click unsubscribe, needing no login or cookie: the signed token is the proof).
 */
@Controller
class SubscribePageController {

  private final Subscriptions subscriptions;

  SubscribePageController(Subscriptions subscriptions) {
    this.subscriptions = subscriptions;
  }

  @GetMapping("/subscribe")
  String form(Model model) {
    return form(model, "", List.of(), true, null, null);
  }

  @PostMapping("/subscribe")
  String subscribe(
      @RequestParam(defaultValue = "") String email,
      @RequestParam(defaultValue = "everything") String scope,
      @RequestParam(required = false) List<String> topics,
      Model model,
      HttpServletResponse response) {
    boolean everything = !"topics".equals(scope);
    List<String> chosen = everything || topics == null ? List.of() : topics;
    try {
      if (!everything && chosen.isEmpty()) {
        throw new InvalidSubscriptionException(
            "topics", "Choose at least one topic, or choose every topic.");
      }
      subscriptions.subscribe(email, chosen, Subscriptions.Channel.FORM);
    } catch (InvalidSubscriptionException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      return form(model, email, chosen, everything, e.field(), e.getMessage());
    }
    return message(
        model,
        "Check your inbox",
        "If this address can receive mail, a confirmation link is on its way. The digest starts"
            + " once you confirm.");
  }

  @GetMapping("/subscribe/confirm")
  String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
    subscriptions.checkConfirmation(token);
    model.addAttribute("token", token);
    model.addAttribute("section", "subscribe");
    return "subscribe-confirm";
  }

  @PostMapping("/subscribe/confirm")
  String confirm(@RequestParam(defaultValue = "") String token, Model model) {
    subscriptions.confirm(token);
    return message(
        model,
        "You are subscribed",
        "Thank you. The next weekly digest will be in your inbox; every issue has a link to change"
            + " your topics or leave.");
  }

  @GetMapping("/subscribe/preferences")
  String preferences(@RequestParam(defaultValue = "") String token, Model model) {
    return preferencesPage(model, token, subscriptions.preferences(token), null);
  }

  @PostMapping("/subscribe/preferences")
  String savePreferences(
      @RequestParam(defaultValue = "") String token,
      @RequestParam(defaultValue = "everything") String scope,
      @RequestParam(required = false) List<String> topics,
      @RequestParam(defaultValue = "false") boolean paused,
      Model model,
      HttpServletResponse response) {
    boolean everything = !"topics".equals(scope);
    List<String> chosen = everything || topics == null ? List.of() : topics;
    try {
      if (!everything && chosen.isEmpty()) {
        throw new InvalidSubscriptionException(
            "topics", "Choose at least one topic, or choose every topic.");
      }
      subscriptions.updatePreferences(token, chosen, paused);
    } catch (InvalidSubscriptionException e) {
      response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      model.addAttribute("topicsError", e.getMessage());
      return preferencesPage(model, token, subscriptions.preferences(token), null);
    }
    return preferencesPage(
        model, token, subscriptions.preferences(token), "Your choices are saved.");
  }

  @PostMapping("/subscribe/delete")
  String delete(@RequestParam(defaultValue = "") String token, Model model) {
    subscriptions.delete(token);
    return message(
        model,
        "Your data is deleted",
        "The address and the record of your consent are gone; nothing more will be sent to it.");
  }

  @GetMapping("/unsubscribe")
  String unsubscribePage(@RequestParam(defaultValue = "") String token, Model model) {
    Preferences preferences = subscriptions.preferences(token);
    model.addAttribute("token", token);
    model.addAttribute("email", preferences.email());
    model.addAttribute("unsubscribed", preferences.unsubscribed());
    model.addAttribute("section", "subscribe");
    return "unsubscribe";
  }

  /** The button on the page, and RFC 8058's one-click POST (body List-Unsubscribe=One-Click). */
  @PostMapping("/unsubscribe")
  String unsubscribe(
      @RequestParam(defaultValue = "") String token,
      @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
      Model model) {
    subscriptions.unsubscribe(
        token,
        "One-Click".equals(oneClick)
            ? Subscriptions.Channel.ONE_CLICK
            : Subscriptions.Channel.EMAIL_LINK);
    return message(
        model,
        "You are unsubscribed",
        "No more digests will be sent to this address. Changed your mind? Subscribe again at any"
            + " time.");
  }

  private String form(
      Model model,
      String email,
      List<String> chosen,
      boolean everything,
      String errorField,
      String error) {
    model.addAttribute("email", email);
    model.addAttribute("chosen", chosen);
    model.addAttribute("everything", everything);
    model.addAttribute("topics", subscriptions.topics());
    model.addAttribute("emailError", "email".equals(errorField) ? error : null);
    model.addAttribute("topicsError", "topics".equals(errorField) ? error : null);
    model.addAttribute("section", "subscribe");
    return "subscribe";
  }

  private String preferencesPage(Model model, String token, Preferences preferences, String saved) {
    model.addAttribute("token", token);
    model.addAttribute("preferences", preferences);
    model.addAttribute("topics", subscriptions.topics());
    model.addAttribute("saved", saved);
    model.addAttribute("section", "subscribe");
    return "preferences";
  }

  private static String message(Model model, String title, String text) {
    model.addAttribute("title", title);
    model.addAttribute("text", text);
    model.addAttribute("section", "subscribe");
    return "digest-message";
  }
}
