package org.partnerdigest.web.curation;

import jakarta.servlet.http.HttpServletRequest;
import org.partnerdigest.web.ErrorPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures of the feed pages become the friendly error page with a status and a sentence to act on:
 * an unknown feed is a 404, a bad parameter a 400, an upload over the limit a 413; never a stack
 * trace.
 */
@ControllerAdvice(basePackageClasses = CurationErrors.class)
class CurationErrors {

  private static final Logger log = LoggerFactory.getLogger(CurationErrors.class);

  @ExceptionHandler(PageNotFoundException.class)
  ModelAndView notFound(PageNotFoundException e) {
    return ErrorPage.of(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(BadInputException.class)
  ModelAndView badInput(BadInputException e) {
    return ErrorPage.of(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ModelAndView missing(MissingServletRequestParameterException e) {
    return ErrorPage.of(
        HttpStatus.BAD_REQUEST, "The form is missing '" + e.getParameterName() + "'.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
    return ErrorPage.of(
        HttpStatus.BAD_REQUEST, "'" + e.getName() + "' cannot be '" + e.getValue() + "'.");
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(MaxUploadSizeExceededException e) {
    return ErrorPage.of(
        HttpStatus.PAYLOAD_TOO_LARGE,
        "That file is too large: an OPML file may be at most 1 MiB. Nothing was changed.");
  }

  @ExceptionHandler(MultipartException.class)
  ModelAndView unreadableUpload(MultipartException e) {
    return ErrorPage.of(
        HttpStatus.BAD_REQUEST, "The upload could not be read; choose the file again.");
  }

  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e, HttpServletRequest request) {
    return ErrorPage.unexpected(
        log,
        e,
        request,
        "Something went wrong on our side; it has been logged. Nothing was changed.");
  }
}
