package org.partnerdigest.web.curation;

import java.util.stream.Collectors;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.catalog.FeedsFile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** feeds.yml at a glance ({@code /admin/catalog}): its groups, feeds, topics and synonym sets. */
@Controller
class CatalogPageController {

  /** A feed as the file lists it. */
  record FeedLine(String key, String url, String group, String refresh, boolean enabled) {}

  private final FeedsFile file;

  CatalogPageController(FeedsFile file) {
    this.file = file;
  }

  @GetMapping("/admin/catalog")
  String catalog(Model model) {
    var snapshot = file.read();
    model.addAttribute("catalog", snapshot.catalog());
    model.addAttribute(
        "feeds",
        snapshot.catalog().feeds().stream()
            .map(
                f ->
                    new FeedLine(
                        f.key(),
                        f.url().toString(),
                        f.group(),
                        f.refresh() == null ? "adaptive" : FeedForm.refresh(f.refresh()),
                        f.enabled()))
            .toList());
    model.addAttribute(
        "feedCounts",
        snapshot.catalog().feeds().stream()
            .filter(f -> f.group() != null)
            .collect(Collectors.groupingBy(FeedSource::group, Collectors.counting())));
    model.addAttribute("problems", snapshot.problems());
    model.addAttribute(
        "problemsHeading",
        "feeds.yml has problems; fix them (by hand or by restoring a version) before editing here:");
    return "admin/catalog";
  }
}
