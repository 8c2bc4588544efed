package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.partnerdigest.catalog.EditOutcome;
import org.partnerdigest.catalog.FeedsFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The versions of feeds.yml that browser edits replaced ({@code /admin/catalog/history}), each
 * shown as the change restoring it would make, and restorable.
 */
@Controller
class CatalogHistoryController {

  /** A kept version as the list shows it. */
  record VersionRow(String name, String replacedAt, long size) {}

  private final FeedsFile file;
  private final EditorActions actions;

  CatalogHistoryController(FeedsFile file, EditorActions actions) {
    this.file = file;
    this.actions = actions;
  }

  @GetMapping("/admin/catalog/history")
  String history(Model model) {
    model.addAttribute(
        "versions",
        file.history().stream()
            .map(v -> new VersionRow(v.name(), TimeWords.exact(v.replacedAt()), v.size()))
            .toList());
    return "admin/history";
  }

  @GetMapping("/admin/catalog/history/{name}")
  String version(@PathVariable String name, Model model, HttpServletResponse response) {
    if (file.savedVersion(name).isEmpty()) {
      throw new PageNotFoundException("There is no kept version named '" + name + "'.");
    }
    String current = file.read().version();
    model.addAttribute("name", name);
    model.addAttribute("version", current);
    show(file.reviewRestore(current, name), model, response);
    return "admin/history-version";
  }

  @PostMapping("/admin/catalog/history/{name}/restore")
  String restore(
      @PathVariable String name,
      @RequestParam(required = false) String version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    var outcome = file.restore(version, name);
    if (outcome instanceof EditOutcome.Saved saved) {
      actions.record(principal, "catalog.restore", name, saved.description());
      flash.addFlashAttribute("saved", saved.description());
      return "redirect:/admin/catalog/history";
    }
    String current = file.read().version();
    model.addAttribute("name", name);
    model.addAttribute("version", current);
    show(outcome, model, response);
    if (outcome instanceof EditOutcome.Stale
        && file.reviewRestore(current, name) instanceof EditOutcome.Ready again) {
      model.addAttribute("diff", again.diff()); // what restoring means for the file as it is now
    }
    return "admin/history-version";
  }

  private static void show(EditOutcome outcome, Model model, HttpServletResponse response) {
    switch (outcome) {
      case EditOutcome.Ready ready -> model.addAttribute("diff", ready.diff());
      case EditOutcome.Invalid invalid -> {
        response.setStatus(422);
        model.addAttribute("diff", invalid.diff());
        model.addAttribute("problems", invalid.problems());
        model.addAttribute(
            "problemsHeading",
            "This version does not pass validation today, so it cannot be restored:");
      }
      case EditOutcome.Stale stale -> {
        response.setStatus(409);
        model.addAttribute("refusal", stale.message());
      }
      case EditOutcome.Refused refused -> {
        response.setStatus(422);
        model.addAttribute("refusal", refused.message());
      }
      case EditOutcome.Saved saved -> model.addAttribute("diff", saved.diff());
    }
  }
}
