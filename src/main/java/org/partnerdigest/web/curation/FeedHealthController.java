package org.partnerdigest.web.curation;

import java.security.Principal;
import java.time.InstantSource;
import java.util.List;
import org.partnerdigest.archive.FeedDirectory;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.crawl.CrawlReport;
import org.partnerdigest.crawl.Crawler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** Feed health for editors ({@code /admin/feeds}) and "fetch now". */
@Controller
class FeedHealthController {

  private final FeedDirectory directory;
  private final CatalogService catalog;
  private final Crawler crawler;
  private final EditorActions actions;
  private final InstantSource clock;

  FeedHealthController(
      FeedDirectory directory,
      CatalogService catalog,
      Crawler crawler,
      EditorActions actions,
      InstantSource clock) {
    this.directory = directory;
    this.catalog = catalog;
    this.crawler = crawler;
    this.actions = actions;
    this.clock = clock;
  }

  @GetMapping("/admin/feeds")
  String health(@RequestParam(defaultValue = "attention") String sort, Model model) {
    HealthSort order =
        HealthSort.of(sort)
            .orElseThrow(
                () ->
                    new BadInputException(
                        "sort must be one of " + HealthSort.choices() + ", was '" + sort + "'"));
    var now = clock.instant();
    List<FeedHealthRow> rows =
        directory.all().stream()
            .map(h -> FeedHealthRow.of(h, now))
            .sorted(order.comparator())
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("sort", order);
    model.addAttribute("sorts", HealthSort.values());
    model.addAttribute("failing", rows.stream().filter(r -> r.attention() == 0).count());
    model.addAttribute("silent", rows.stream().filter(r -> r.attention() == 1).count());
    model.addAttribute("problems", catalog.problems());
    return "admin/feeds";
  }

  @PostMapping("/admin/feeds/{key}/fetch")
  String fetchNow(
      @PathVariable String key,
      @RequestParam(defaultValue = "attention") String sort,
      Principal principal,
      RedirectAttributes flash) {
    var feed =
        catalog
            .current()
            .feed(key)
            .orElseThrow(() -> new PageNotFoundException("feeds.yml lists no feed '" + key + "'."));
    var report = crawler.crawlNow(key);
    if (report.isEmpty()) {
      flash.addFlashAttribute(
          "notice",
          feed.enabled()
              ? "'" + key + "' cannot be fetched here (a bundled sample while samples are off)."
              : "'" + key + "' is paused; resume it to fetch it.");
    } else {
      actions.record(principal, "feed.fetch-now", key, report.get().toString());
      flash.addFlashAttribute("fetched", outcome(report.get()));
    }
    String back =
        UriComponentsBuilder.fromPath("/admin/feeds")
            .queryParam("sort", HealthSort.of(sort).orElse(HealthSort.ATTENTION).parameter())
            .fragment("feed-" + key)
            .build()
            .toUriString();
    return "redirect:" + back;
  }

  /** What "fetch now" came to, for the message above the table. */
  record FetchOutcomeView(String key, boolean failed, String summary, String words) {}

  private static FetchOutcomeView outcome(CrawlReport report) {
    String summary =
        report.failed()
            ? report.status().label() + ": " + report.error()
            : report.status().label()
                + ": "
                + report.added()
                + " new, "
                + report.changed()
                + " changed ("
                + report.took().toMillis()
                + " ms)";
    return new FetchOutcomeView(
        report.feedKey(), report.failed(), summary, FailureWords.explain(report.error()));
  }
}
