package org.partnerdigest.web.curation;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The feed pages' place in the editors' navigation ({@code admin/layout.html}): Feeds. */
@ControllerAdvice(basePackageClasses = CurationSection.class)
class CurationSection {

  @ModelAttribute("adminSection")
  String adminSection() {
    return "feeds";
  }
}
