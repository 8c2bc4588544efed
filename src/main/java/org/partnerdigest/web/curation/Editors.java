package org.partnerdigest.web.curation;

import java.security.Principal;

/** Who is acting: the signed-in editor's name, from the request's principal. */
final class Editors {

  /** The name recorded while no login protects the pages (a development setup). */
  static final String UNAUTHENTICATED = "anonymous";

  private Editors() {}

  static String name(Principal principal) {
    return principal == null || principal.getName() == null ? UNAUTHENTICATED : principal.getName();
  }
}
