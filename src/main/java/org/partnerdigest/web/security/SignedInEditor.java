package org.partnerdigest.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts the signed-in editor's name in every page's model as {@code editor} ({@code null} for
 * everyone else), so templates show editor controls only to editors, and for editors the page's own
 * address as {@code here}, where an editor action returns to.
 */
@ControllerAdvice(basePackages = "org.partnerdigest.web")
class SignedInEditor {

  @ModelAttribute("here")
  String here(Authentication authentication, HttpServletRequest request) {
    if (editor(authentication) == null) {
      return null;
    }
    String query = request.getQueryString();
    return request.getRequestURI() + (query == null ? "" : "?" + query);
  }

  @ModelAttribute("editor")
  String editor(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return null;
    }
    boolean editor =
        authentication.getAuthorities().stream()
            .anyMatch(a -> ("ROLE_" + EditorAccounts.ROLE).equals(a.getAuthority()));
    return editor ? authentication.getName() : null;
  }
}
