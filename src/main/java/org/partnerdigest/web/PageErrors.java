package org.partnerdigest.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.partnerdigest.digest.InvalidLinkException;
import org.partnerdigest.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the HTML pages become the friendly error page (templates/error.html) with the right
 * status, never a stack trace; the JSON API has its own mapping in {@link ApiProblems}.
 */
@ControllerAdvice(
    assignableTypes = {
      SitePagesController.class,
      SearchPageController.class,
      EntryPageController.class,
      SubscribePageController.class,
      DigestArchiveController.class,
      DigestAdminController.class
    })
class PageErrors {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return ErrorPage.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(InvalidParameterException.class)
  ModelAndView invalidParameter(InvalidParameterException e) {
    return ErrorPage.of(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(SearchUnavailableException.class)
  ModelAndView unavailable(SearchUnavailableException e, HttpServletResponse response) {
    response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()));
    return ErrorPage.of(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
  }

  @ExceptionHandler(InvalidLinkException.class)
  ModelAndView invalidLink(InvalidLinkException e) {
    return ErrorPage.of(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e, HttpServletRequest request) {
    return ErrorPage.unexpected(
        log,
        e,
        request,
        "Something went wrong on our side; it has been logged. Please try again later.");
  }

  /** The error page; {@link ErrorResponses} shows it for errors outside the controllers too. */
}
