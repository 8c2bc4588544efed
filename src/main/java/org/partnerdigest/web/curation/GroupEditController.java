package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Locale;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.CatalogEdit.GroupFields;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

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
  String addForm(Model model) {
    model.addAttribute("form", new GroupForm("", "", "community"));
    model.addAttribute("version", review.currentVersion());
    page(null, "").fill().accept(model);
    return "admin/group-form";
  }

  @PostMapping("/admin/catalog/groups/new")
  String add(
      GroupForm form,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    model.addAttribute("form", form);
    var edit = new CatalogEdit.AddGroup(form.fields());
    return review.run(
        step, version, edit, page(null, "group.add"), model, request, response, flash, principal);
  }

  @GetMapping("/admin/catalog/groups/{key}")
  String editForm(@PathVariable String key, Model model) {
    var group =
        catalog
            .current()
            .group(key)
            .orElseThrow(() -> new PageNotFoundException("feeds.yml has no group '" + key + "'."));
    model.addAttribute(
        "form",
        new GroupForm(group.key(), group.title(), group.tier().name().toLowerCase(Locale.ROOT)));
    model.addAttribute("version", review.currentVersion());
    page(key, "").fill().accept(model);
    return "admin/group-form";
  }

  @PostMapping("/admin/catalog/groups/{key}")
  String edit(
      @PathVariable String key,
      GroupForm form,
      @RequestParam(required = false) String version,
      @RequestParam(defaultValue = "review") String step,
      Model model,
      HttpServletRequest request,
      HttpServletResponse response,
      RedirectAttributes flash,
      Principal principal) {
    var fixed = new GroupForm(key, form.title(), form.tier());
    model.addAttribute("form", fixed);
    var edit = new CatalogEdit.UpdateGroup(fixed.fields());
    return review.run(
        step, version, edit, page(key, "group.edit"), model, request, response, flash, principal);
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
