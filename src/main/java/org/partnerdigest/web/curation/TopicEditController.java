package org.partnerdigest.web.curation;

import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogEdit.TopicFields;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

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
  String addForm(ModelMap model) {
    return review.open(page(null, ""), model, "form", new TopicForm("", "", ""));
  }

  @PostMapping("/admin/catalog/topics/new")
  String add(TopicForm form, ReviewStep step) {
    var edit = new CatalogEdit.AddTopic(form.fields());
    return review.run(step.show("form", form), edit, page(null, "topic.add"));
  }

  @GetMapping("/admin/catalog/topics/{key}")
  String editForm(@PathVariable String key, ModelMap model) {
    var topic =
        catalog
            .current()
            .topic(key)
            .orElseThrow(() -> new PageNotFoundException("feeds.yml has no topic '" + key + "'."));
    var form = new TopicForm(topic.key(), topic.title(), topic.query());
    return review.open(page(key, ""), model, "form", form);
  }

  @PostMapping("/admin/catalog/topics/{key}")
  String edit(@PathVariable String key, TopicForm form, ReviewStep step) {
    var fixed = new TopicForm(key, form.title(), form.query());
    var edit = new CatalogEdit.UpdateTopic(fixed.fields());
    return review.run(step.show("form", fixed), edit, page(key, "topic.edit"));
  }

  @PostMapping("/admin/catalog/topics/{key}/remove")
  String remove(@PathVariable String key, TopicForm form, ReviewStep step) {
    var shown = new TopicForm(key, form.title(), form.query());
    var edit = new CatalogEdit.RemoveTopic(key);
    return review.run(step.show("form", shown), edit, page(key, "topic.remove"));
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
