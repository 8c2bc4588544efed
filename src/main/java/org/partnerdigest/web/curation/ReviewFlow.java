package org.partnerdigest.web.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.partnerdigest.catalog.CatalogEdit;
import org.partnerdigest.catalog.EditOutcome;
import org.partnerdigest.catalog.FeedsFile;
import org.springframework.stereotype.Component;
import org.springframework.ui.ModelMap;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one path every change to {@code feeds.yml} takes from a form: "review" shows the diff (the
 * form's values travel on as hidden fields), "save" writes it and records the editor's action, and
 * any refusal shows the form again with the editor's values and the reason, so nothing typed is
 * lost. A form page opened on a file that changed since gets the current version to review against.
 */
@Component
class ReviewFlow {

  /** Parameters the review page does not carry on (its own button; the CSRF token is re-added). */
  private static final List<String> NOT_CARRIED = List.of("step", "_csrf");

  /**
   * Where a change comes from.
   *
   * @param view the form's template
   * @param fill puts what the form needs into the model (the editor's values are already there)
   * @param action the kind of action for the audit (docs/admin.md), e.g. {@code feed.add}
   * @param done where to go after saving
   */
  record FormPage(String view, Consumer<ModelMap> fill, String action, String done) {}

  private final FeedsFile file;
  private final EditorActions actions;

  ReviewFlow(FeedsFile file, EditorActions actions) {
    this.file = file;
    this.actions = actions;
  }

  /** The version a freshly opened form carries. */
  String currentVersion() {
    return file.read().version();
  }

  /** A freshly opened form: the values to start from, on the current version of the file. */
  String open(FormPage page, ModelMap model, String name, Object values) {
    model.addAttribute(name, values);
    return form(page, model, currentVersion());
  }

  /** Takes a posted form through its step: back to the form, to the review, or saved. */
  String run(ReviewStep step, CatalogEdit edit, FormPage page) {
    return switch (step.step()) {
      case "edit" -> form(page, step.model(), step.version());
      case "review" -> outcome(file.review(step.version(), edit), page, step);
      case "save" -> {
        EditOutcome outcome = file.save(step.version(), edit);
        if (outcome instanceof EditOutcome.Saved saved) {
          actions.record(
              step.request().getUserPrincipal(), page.action(), target(edit), saved.description());
          RequestContextUtils.getOutputFlashMap(step.request()).put("saved", saved.description());
          yield "redirect:" + page.done();
        }
        yield outcome(outcome, page, step);
      }
      default ->
          throw new BadInputException(
              "step must be edit, review or save, was '" + step.step() + "'");
    };
  }

  private String outcome(EditOutcome outcome, FormPage page, ReviewStep step) {
    ModelMap model = step.model();
    switch (outcome) {
      case EditOutcome.Ready ready -> {
        model.addAttribute("description", ready.description());
        model.addAttribute("diff", ready.diff());
        model.addAttribute("hidden", carried(step.request().getParameterMap()));
        model.addAttribute("actionUrl", step.request().getRequestURI());
        return "admin/review";
      }
      case EditOutcome.Invalid invalid -> {
        step.response().setStatus(422);
        model.addAttribute("problems", invalid.problems());
        model.addAttribute(
            "problemsHeading", "This change would make feeds.yml invalid, so it was not saved:");
        model.addAttribute("diff", invalid.diff());
        return form(page, model, step.version());
      }
      case EditOutcome.Stale stale -> {
        step.response().setStatus(409);
        model.addAttribute("refusal", stale.message() + " Your values are kept below.");
        return form(page, model, currentVersion());
      }
      case EditOutcome.Refused refused -> {
        step.response().setStatus(422);
        model.addAttribute("refusal", refused.message());
        return form(page, model, step.version());
      }
      case EditOutcome.Saved saved -> throw new IllegalStateException("saved while reviewing");
    }
  }

  private static String form(FormPage page, ModelMap model, String version) {
    model.addAttribute("version", version);
    page.fill().accept(model);
    return page.view();
  }

  /** What the change was made to, for the audit: a key, a synonym set's number, or none. */
  private static String target(CatalogEdit edit) {
    return switch (edit) {
      case CatalogEdit.AddFeed add -> add.feed().key();
      case CatalogEdit.UpdateFeed update -> update.feed().key();
      case CatalogEdit.PauseFeed pause -> pause.key();
      case CatalogEdit.RemoveFeed remove -> remove.key();
      case CatalogEdit.AddTopic add -> add.topic().key();
      case CatalogEdit.UpdateTopic update -> update.topic().key();
      case CatalogEdit.RemoveTopic remove -> remove.key();
      case CatalogEdit.AddGroup add -> add.group().key();
      case CatalogEdit.UpdateGroup update -> update.group().key();
      case CatalogEdit.UpdateSynonymSet update -> String.valueOf(update.index() + 1);
      case CatalogEdit.RemoveSynonymSet remove -> String.valueOf(remove.index() + 1);
      // the detail lists the feeds or terms
      case CatalogEdit.AddFeeds feeds -> null;
      case CatalogEdit.AddSynonymSet set -> null;
    };
  }

  /** Name and value pairs, in form order, for the review page's hidden fields. */
  private static List<Map.Entry<String, String>> carried(Map<String, String[]> parameters) {
    List<Map.Entry<String, String>> hidden = new ArrayList<>();
    parameters.forEach(
        (name, values) -> {
          if (!NOT_CARRIED.contains(name)) {
            for (String value : values) {
              hidden.add(Map.entry(name, value));
            }
          }
        });
    return hidden;
  }
}
