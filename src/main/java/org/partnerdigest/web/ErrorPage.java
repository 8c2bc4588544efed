package org.partnerdigest.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The friendly error page (templates/error.html) every HTML failure ends on: a status and a
 * sentence to act on, never a stack trace. The page advices of the site, the editors' pages and
 * curation ({@link PageErrors}, {@link AdminPageErrors}, {@code curation.CurationErrors}) all
 * answer with it.
 */
public final class ErrorPage {

  private ErrorPage() {}

  /** The error page with {@code status} and {@code detail}. */
  public static ModelAndView of(HttpStatus status, String detail) {
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("error", status.getReasonPhrase());
    page.addObject("detail", detail);
    return page;
  }

  /** A failure nobody expected: logged with its stack trace, a 500 page without it. */
  public static ModelAndView unexpected(
      Logger log, Exception e, HttpServletRequest request, String detail) {
    log.error("Unexpected failure rendering {}", request.getRequestURI(), e);
    return of(HttpStatus.INTERNAL_SERVER_ERROR, detail);
  }
}
