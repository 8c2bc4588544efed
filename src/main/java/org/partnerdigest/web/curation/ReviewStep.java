package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.ModelMap;

/**
 * What an editor's form post asks of the {@link ReviewFlow}: its step ({@code edit}, {@code review}
 * or {@code save}), the version of feeds.yml the form was opened on, and the request it came in.
 * {@link ReviewStepResolver} builds it from the request, so a curation handler declares its form
 * and this one argument.
 *
 * @param step the button pressed; {@code review} when none
 * @param version the feeds.yml version the form carries, null on a form opened before any
 */
record ReviewStep(
    String step,
    String version,
    ModelMap model,
    HttpServletRequest request,
    HttpServletResponse response) {

  /** Puts the editor's values into the page, so a refusal shows the form with nothing lost. */
  ReviewStep show(String name, Object value) {
    model.addAttribute(name, value);
    return this;
  }
}
