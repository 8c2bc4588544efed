package org.partnerdigest.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the editors' pages become the error page with the right status: a bad parameter is a
 * 400 that says what to change, an unknown entry a 404, anything else a logged 500.
 */
@ControllerAdvice(
    assignableTypes = {
      AdminController.class,
      EntryEditingController.class,
      InsightsController.class
    })
class AdminPageErrors {

  private static final Logger log = LoggerFactory.getLogger(AdminPageErrors.class);

  @ExceptionHandler(InvalidParameterException.class)
  ModelAndView invalid(InvalidParameterException e) {
    return ErrorPage.of(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return ErrorPage.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e, HttpServletRequest request) {
    return ErrorPage.unexpected(
        log,
        e,
        request,
        "Something went wrong on our side; it has been logged. Please try again later.");
  }
}
