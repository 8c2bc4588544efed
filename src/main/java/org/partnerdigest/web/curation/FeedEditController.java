package org.partnerdigest.web.curation;

import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Adding, editing, pausing and removing a feed of feeds.yml ({@code /admin/catalog/feeds}). */
@Controller
class FeedEditController {

  private final CatalogService catalog;
  private final ReviewFlow review;

  FeedEditController(CatalogService catalog, ReviewFlow review) {
    this.catalog = catalog;
    this.review = review;
  }

  @GetMapping("/admin/catalog/feeds/new")
  String addForm(
      @RequestParam(required = false) String url,
      @RequestParam(required = false) String title,
      @RequestParam(required = false) String key,
      @RequestParam(required = false) String group,
      ModelMap model) {
    var form = new FeedForm(key, url, title, group, "", false, "");
    return review.open(addPage("feed.add"), model, "form", form);
  }

  @PostMapping("/admin/catalog/feeds/new")
  String add(FeedForm form, ReviewStep step) {
    var edit = new CatalogEdit.AddFeed(form.fields());
    var added = addPage("feed.add");
    var page =
        new ReviewFlow.FormPage(
            added.view(), added.fill(), added.action(), "/admin/feeds#feed-" + form.fields().key());
    return review.run(step.show("form", form), edit, page);
  }

  @GetMapping("/admin/catalog/feeds/{key}")
  String editForm(@PathVariable String key, ModelMap model) {
    return review.open(editPage(key, "feed.edit"), model, "form", FeedForm.of(feed(key)));
  }

  @PostMapping("/admin/catalog/feeds/{key}")
  String edit(@PathVariable String key, FeedForm form, ReviewStep step) {
    FeedForm fixed =
        form.withKey(key); // the key is the feed's identity: entries are stored under it
    var edit = new CatalogEdit.UpdateFeed(fixed.fields());
    return review.run(step.show("form", fixed), edit, editPage(key, "feed.edit"));
  }

  @PostMapping("/admin/catalog/feeds/{key}/pause")
  String pause(@PathVariable String key, @RequestParam boolean paused, ReviewStep step) {
    var edit = new CatalogEdit.PauseFeed(key, paused);
    var page = editPage(key, paused ? "feed.pause" : "feed.resume");
    return review.run(step.show("form", FeedForm.of(feed(key))), edit, page);
  }

  @PostMapping("/admin/catalog/feeds/{key}/remove")
  String remove(@PathVariable String key, ReviewStep step) {
    var page =
        new ReviewFlow.FormPage(
            "admin/feed-form", editPage(key, "").fill(), "feed.remove", "/admin/feeds");
    var edit = new CatalogEdit.RemoveFeed(key);
    return review.run(step.show("form", FeedForm.of(feed(key))), edit, page);
  }

  private FeedSource feed(String key) {
    return catalog
        .current()
        .feed(key)
        .orElseThrow(() -> new PageNotFoundException("feeds.yml lists no feed '" + key + "'."));
  }

  private ReviewFlow.FormPage addPage(String action) {
    return new ReviewFlow.FormPage(
        "admin/feed-form",
        model -> {
          model.addAttribute("mode", "add");
          model.addAttribute("actionUrl", "/admin/catalog/feeds/new");
          model.addAttribute("groups", catalog.current().groups());
        },
        action,
        "/admin/feeds");
  }

  private ReviewFlow.FormPage editPage(String key, String action) {
    return new ReviewFlow.FormPage(
        "admin/feed-form",
        model -> {
          model.addAttribute("mode", "edit");
          model.addAttribute("feedKey", key);
          model.addAttribute("actionUrl", "/admin/catalog/feeds/" + key);
          model.addAttribute("groups", catalog.current().groups());
          model.addAttribute(
              "paused", catalog.current().feed(key).map(f -> !f.enabled()).orElse(false));
        },
        action,
        "/admin/feeds#feed-" + key);
  }
}
