package org.partnerdigest.web.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.server.RequestPath;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Matches requests that no controller answers, so that a mistyped or stale link gets the friendly
 * 404 page instead of the editors' sign-in. Only controllers count: a path that some controller
 * maps (with any method) is never matched, and {@code /admin/**}, {@code /api/**} and actuator are
 * protected before this matcher is asked, whatever answers them.
 */
final class UnmappedPaths implements RequestMatcher {

  private final ObjectProvider<HandlerMapping> controllers;

  UnmappedPaths(ObjectProvider<HandlerMapping> controllers) {
    this.controllers = controllers;
  }

  @Override
  public boolean matches(HttpServletRequest request) {
    RequestPath previous =
        ServletRequestPathUtils.hasParsedRequestPath(request)
            ? ServletRequestPathUtils.getParsedRequestPath(request)
            : null;
    ServletRequestPathUtils.parseAndCache(request);
    try {
      return controllers.getObject().getHandler(request) == null;
    } catch (Exception e) {
      // Another method or media type is mapped here: the path exists, so it stays protected.
      return false;
    } finally {
      if (previous != null) {
        ServletRequestPathUtils.setParsedRequestPath(previous, request);
      } else {
        ServletRequestPathUtils.clearParsedRequestPath(request);
      }
    }
  }
}
