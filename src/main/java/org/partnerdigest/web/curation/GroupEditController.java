package org.partnerdigest.web.curation;

import java.util.Locale;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogEdit.GroupFields;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ModelMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Adding a group and changing a group's title or authority (tier) ({@code /admin/catalog/groups}).
 */
@Controller
class GroupEditController {

  /** The group form as posted; {@code tier} is official or community. */
  record GroupForm(String key, String title, String tier) {
    GroupFields fields() {
      return new GroupFields(key, title, tier);
    }
  }

  private final CatalogService catalog;
  private final ReviewFlow review;

  GroupEditController(CatalogService catalog, ReviewFlow review) {
    this.catalog = catalog;
    this.review = review;
  }

  @GetMapping("/admin/catalog/groups/new")
  String addForm(ModelMap model) {
    return review.open(page(null, ""), model, "form", new GroupForm("", "", "community"));
  }

  @PostMapping("/admin/catalog/groups/new")
  String add(GroupForm form, ReviewStep step) {
    var edit = new CatalogEdit.AddGroup(form.fields());
    return review.run(step.show("form", form), edit, page(null, "group.add"));
  }

  @GetMapping("/admin/catalog/groups/{key}")
  String editForm(@PathVariable String key, ModelMap model) {
    var group =
        catalog
            .current()
            .group(key)
            .orElseThrow(() -> new PageNotFoundException("feeds.yml has no group '" + key + "'."));
    var form =
        new GroupForm(group.key(), group.title(), group.tier().name().toLowerCase(Locale.ROOT));
    return review.open(page(key, ""), model, "form", form);
  }

  @PostMapping("/admin/catalog/groups/{key}")
  String edit(@PathVariable String key, GroupForm form, ReviewStep step) {
    var fixed = new GroupForm(key, form.title(), form.tier());
    var edit = new CatalogEdit.UpdateGroup(fixed.fields());
    return review.run(step.show("form", fixed), edit, page(key, "group.edit"));
  }

  private ReviewFlow.FormPage page(String key, String action) {
    return new ReviewFlow.FormPage(
        "admin/group-form",
        model -> {
          model.addAttribute("mode", key == null ? "add" : "edit");
          model.addAttribute("groupKey", key);
          model.addAttribute(
              "actionUrl",
              key == null ? "/admin/catalog/groups/new" : "/admin/catalog/groups/" + key);
        },
        action,
        "/admin/catalog#groups");
  }
}
