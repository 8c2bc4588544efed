package org.partnerdigest.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Puts the browser security headers on every response the application writes: pages, the API, Atom
 * and OPML, static files, actuator endpoints and error pages (it is registered for error dispatches
 * too, see {@link WebFilters}). The site has no JavaScript and no inline styles, so the policy
 * allows scripts and styles from our own origin only and never {@code unsafe-inline}; images may
 * come from any https origin because entries may one day show their pictures. Swagger UI gets the
 * same policy plus the hash of the one style element it inserts ({@link #SWAGGER_UI_POLICY}).
 */
final class SecurityHeaders implements Filter {

  /** The one place the header values are written down. */
  static final Map<String, String> HEADERS =
      Map.of(
          "Content-Security-Policy",
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:;"
              + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
          "X-Content-Type-Options",
          "nosniff",
          "X-Frame-Options",
          "DENY",
          "Referrer-Policy",
          "strict-origin-when-cross-origin",
          "Permissions-Policy",
          "camera=(), microphone=(), geolocation=(), payment=(), usb=()");

  /**
   * The policy of the Swagger UI pages ({@code /swagger-ui/**}, the JSON API's documentation): the
   * same, except that the one {@code <style>} element swagger-ui's script inserts is allowed by its
   * hash (not {@code unsafe-inline}, which would allow any). A new swagger-ui version may change
   * it; SwaggerUiBrowserTests then reports the violation with the new hash.
   */
  static final String SWAGGER_UI_POLICY =
      HEADERS
          .get("Content-Security-Policy")
          .replace(
              "style-src 'self';",
              "style-src 'self' 'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w=';");

  static final String SWAGGER_UI_PATH = "/swagger-ui/";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      HEADERS.forEach(http::setHeader);
      if (request instanceof HttpServletRequest req
          && req.getRequestURI().startsWith(req.getContextPath() + SWAGGER_UI_PATH)) {
        http.setHeader("Content-Security-Policy", SWAGGER_UI_POLICY);
      }
    }
    chain.doFilter(request, response);
  }
}
