package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogEdit.TopicFields;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Adding, editing and removing topics of feeds.yml ({@code /admin/catalog/topics}). */
@Controller
class TopicEditController {

  /** The topic form as posted. */
  record TopicForm(String key, String title, String query) {
    TopicFields fields() {
      return new TopicFields(key, title, query);
    }
  }

  private final CatalogService catalog;
  private final ReviewFlow review;

  TopicEditController(CatalogService catalog, ReviewFlow review) {
    this.catalog = catalog;
    this.review = review;
  }

  @GetMapping("/admin/catalog/topics/new")
  String addForm(Model model) {
    model.addAttribute("form", new TopicForm("", "", ""));
    model.addAttribute("version", review.currentVersion());
    page(null, "").fill().accept(model);
    return "admin/topic-form";
  }

  @PostMapping("/admin/catalog/topics/new")
  String add(
      TopicForm form,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    model.addAttribute("form", form);
    var edit = new CatalogEdit.AddTopic(form.fields());
    return review.run(
        step, version, edit, page(null, "topic.add"), model, request, response, flash, principal);
  }

  @GetMapping("/admin/catalog/topics/{key}")
  String editForm(@PathVariable String key, Model model) {
    var topic =
        catalog
            .current()
            .topic(key)
            .orElseThrow(() -> new PageNotFoundException("feeds.yml has no topic '" + key + "'."));
    model.addAttribute("form", new TopicForm(topic.key(), topic.title(), topic.query()));
    model.addAttribute("version", review.currentVersion());
    page(key, "").fill().accept(model);
    return "admin/topic-form";
  }

  @PostMapping("/admin/catalog/topics/{key}")
  String edit(
      @PathVariable String key,
      TopicForm form,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    var fixed = new TopicForm(key, form.title(), form.query());
    model.addAttribute("form", fixed);
    var edit = new CatalogEdit.UpdateTopic(fixed.fields());
    return review.run(
        step, version, edit, page(key, "topic.edit"), model, request, response, flash, principal);
  }

  @PostMapping("/admin/catalog/topics/{key}/remove")
  String remove(
      @PathVariable String key,
      TopicForm form,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    model.addAttribute("form", new TopicForm(key, form.title(), form.query()));
    var edit = new CatalogEdit.RemoveTopic(key);
    return review.run(
        step, version, edit, page(key, "topic.remove"), model, request, response, flash, principal);
  }

  private ReviewFlow.FormPage page(String key, String action) {
    return new ReviewFlow.FormPage(
        "admin/topic-form",
        model -> {
          model.addAttribute("mode", key == null ? "add" : "edit");
          model.addAttribute("topicKey", key);
          model.addAttribute(
              "actionUrl",
              key == null ? "/admin/catalog/topics/new" : "/admin/catalog/topics/" + key);
        },
        action,
        "/admin/catalog#topics");
  }
}
