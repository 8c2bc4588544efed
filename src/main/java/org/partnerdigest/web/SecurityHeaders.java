package org.partnerdigest.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * Puts the browser security headers on every response the application writes: pages, the API, Atom
 * and OPML, static files, actuator endpoints and error pages (it is registered for error dispatches
 * too, see {@link WebFilters}). The site has no JavaScript and no inline styles, so the policy
 * allows scripts and styles from our own origin only and never {@code unsafe-inline}; images may
 * come from any https origin because entries may one day show their pictures.
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

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (response instanceof HttpServletResponse http) {
      HEADERS.forEach(http::setHeader);
    }
    chain.doFilter(request, response);
  }
}
