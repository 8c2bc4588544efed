package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Try a URL ({@code /admin/feeds/try}): a preview of what a site or feed would add, with nothing
 * stored. A POST, because it makes the server fetch an address from outside.
 */
@Controller
class FeedTrialController {

  private final FeedTrial trial;

  FeedTrialController(FeedTrial trial) {
    this.trial = trial;
  }

  @GetMapping("/admin/feeds/try")
  String form(@RequestParam(required = false) String url, Model model) {
    model.addAttribute("url", url);
    return "admin/feed-try";
  }

  @PostMapping("/admin/feeds/try")
  String attempt(
      @RequestParam(defaultValue = "") String url, Model model, HttpServletResponse response) {
    TrialResult result = trial.attempt(url);
    if (result.preview() == null) {
      response.setStatus(422);
    }
    model.addAttribute("url", result.input());
    model.addAttribute("result", result);
    return "admin/feed-try";
  }
}
