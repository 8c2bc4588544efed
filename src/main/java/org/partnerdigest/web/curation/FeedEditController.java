package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
      Model model) {
    model.addAttribute("form", new FeedForm(key, url, title, group, "", false, ""));
    model.addAttribute("version", review.currentVersion());
    addPage().fill().accept(model);
    return addPage().view();
  }

  @PostMapping("/admin/catalog/feeds/new")
  String add(
      FeedForm form,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    model.addAttribute("form", form);
    var edit = new CatalogEdit.AddFeed(form.fields());
    var page =
        new ReviewFlow.FormPage(
            addPage().view(),
            addPage().fill(),
            "feed.add",
            "/admin/feeds#feed-" + form.fields().key());
    return review.run(step, version, edit, page, model, request, response, flash, principal);
  }

  @GetMapping("/admin/catalog/feeds/{key}")
  String editForm(@PathVariable String key, Model model) {
    model.addAttribute("form", FeedForm.of(feed(key)));
    model.addAttribute("version", review.currentVersion());
    editPage(key, "feed.edit").fill().accept(model);
    return editPage(key, "feed.edit").view();
  }

  @PostMapping("/admin/catalog/feeds/{key}")
  String edit(
      @PathVariable String key,
      FeedForm form,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    FeedForm fixed =
        form.withKey(key); // the key is the feed's identity: entries are stored under it
    model.addAttribute("form", fixed);
    var edit = new CatalogEdit.UpdateFeed(fixed.fields());
    return review.run(
        step,
        version,
        edit,
        editPage(key, "feed.edit"),
        model,
        request,
        response,
        flash,
        principal);
  }

  @PostMapping("/admin/catalog/feeds/{key}/pause")
  String pause(
      @PathVariable String key,
      @RequestParam boolean paused,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    model.addAttribute("form", FeedForm.of(feed(key)));
    var edit = new CatalogEdit.PauseFeed(key, paused);
    var page = editPage(key, paused ? "feed.pause" : "feed.resume");
    return review.run(step, version, edit, page, model, request, response, flash, principal);
  }

  @PostMapping("/admin/catalog/feeds/{key}/remove")
  String remove(
      @PathVariable String key,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    model.addAttribute("form", FeedForm.of(feed(key)));
    var page =
        new ReviewFlow.FormPage(
            "admin/feed-form", editPage(key, "").fill(), "feed.remove", "/admin/feeds");
    return review.run(
        step,
        version,
        new CatalogEdit.RemoveFeed(key),
        page,
        model,
        request,
        response,
        flash,
        principal);
  }

  private FeedSource feed(String key) {
    return catalog
        .current()
        .feed(key)
        .orElseThrow(() -> new PageNotFoundException("feeds.yml lists no feed '" + key + "'."));
  }

  private ReviewFlow.FormPage addPage() {
    return new ReviewFlow.FormPage(
        "admin/feed-form",
        model -> {
          model.addAttribute("mode", "add");
          model.addAttribute("actionUrl", "/admin/catalog/feeds/new");
          model.addAttribute("groups", catalog.current().groups());
        },
        "feed.add",
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
