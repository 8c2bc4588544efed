package org.partnerdigest.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The sign-in page ({@code POST /login} itself is Spring Security's), and the same page answering a
 * throttled sign-in with 429.
 */
@Controller
class LoginController {

  @GetMapping("/login")
  String login(Authentication authentication) {
    if (authentication != null
        && authentication.isAuthenticated()
        && !(authentication instanceof AnonymousAuthenticationToken)) {
      return "redirect:/admin";
    }
    return "login";
  }

  /** Reached by a forward from {@link LoginThrottle}, which set {@code Retry-After}. */
  @RequestMapping(LoginThrottle.THROTTLED_PATH)
  String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
    Object retryAfter = request.getAttribute(LoginThrottle.RETRY_AFTER_ATTRIBUTE);
    if (retryAfter == null) {
      return "redirect:/login";
    }
    response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
    model.addAttribute("retryAfter", retryAfter);
    return "login";
  }
}
