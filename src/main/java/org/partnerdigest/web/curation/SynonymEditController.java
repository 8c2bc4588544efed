package org.partnerdigest.web.curation;

import java.util.Arrays;
import java.util.List;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Synonym sets of feeds.yml ({@code /admin/catalog/synonyms}). Sets have no key: URLs number them
 * from 1 in file order, and the page's version makes sure the number still means the same set.
 * {@code /admin/catalog/synonyms/new?terms=a,b} opens a pre-filled draft (search insights link
 * there for a query that found nothing).
 */
@Controller
class SynonymEditController {

  private final CatalogService catalog;
  private final ReviewFlow review;

  SynonymEditController(CatalogService catalog, ReviewFlow review) {
    this.catalog = catalog;
    this.review = review;
  }

  @GetMapping("/admin/catalog/synonyms/new")
  String draft(@RequestParam(required = false) List<String> terms, ModelMap model) {
    List<String> draft =
        terms == null
            ? List.of()
            : terms.stream().flatMap(t -> Arrays.stream(t.split(","))).map(String::strip).toList();
    return review.open(page(0, ""), model, "terms", String.join("\n", draft));
  }

  @PostMapping("/admin/catalog/synonyms/new")
  String add(@RequestParam(defaultValue = "") String terms, ReviewStep step) {
    var edit = new CatalogEdit.AddSynonymSet(lines(terms));
    return review.run(step.show("terms", terms), edit, page(0, "synonyms.add"));
  }

  @GetMapping("/admin/catalog/synonyms/{number}")
  String editForm(@PathVariable int number, ModelMap model) {
    var sets = catalog.current().synonyms();
    if (number < 1 || number > sets.size()) {
      throw new PageNotFoundException("feeds.yml has no synonym set number " + number + ".");
    }
    return review.open(
        page(number, ""), model, "terms", String.join("\n", sets.get(number - 1).terms()));
  }

  @PostMapping("/admin/catalog/synonyms/{number}")
  String edit(
      @PathVariable int number, @RequestParam(defaultValue = "") String terms, ReviewStep step) {
    var edit = new CatalogEdit.UpdateSynonymSet(number - 1, lines(terms));
    return review.run(step.show("terms", terms), edit, page(number, "synonyms.edit"));
  }

  @PostMapping("/admin/catalog/synonyms/{number}/remove")
  String remove(
      @PathVariable int number, @RequestParam(defaultValue = "") String terms, ReviewStep step) {
    var edit = new CatalogEdit.RemoveSynonymSet(number - 1);
    return review.run(step.show("terms", terms), edit, page(number, "synonyms.remove"));
  }

  /** One term per line; blank lines are dropped. */
  private static List<String> lines(String terms) {
    return terms.lines().map(String::strip).filter(t -> !t.isEmpty()).toList();
  }

  private ReviewFlow.FormPage page(int number, String action) {
    return new ReviewFlow.FormPage(
        "admin/synonym-form",
        model -> {
          model.addAttribute("number", number);
          model.addAttribute(
              "actionUrl",
              number == 0 ? "/admin/catalog/synonyms/new" : "/admin/catalog/synonyms/" + number);
        },
        action,
        "/admin/catalog#synonyms");
  }
}
