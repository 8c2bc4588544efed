package org.partnerdigest.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page of one entry: its cleaned content, where it comes from, and related posts. */
@Controller
class EntryPageController {

  private final EntryPage page;

  EntryPageController(EntryPage page) {
    this.page = page;
  }

  @GetMapping("/entries/{id}")
  String entry(@PathVariable String id, Model model) {
    EntryPageView view =
        page.of(EntryIdParameter.checked(id))
            .orElseThrow(() -> new NotFoundException("There is no entry with id '" + id + "'."));
    model.addAttribute("page", view);
    model.addAttribute("section", "search");
    return "entry";
  }
}
