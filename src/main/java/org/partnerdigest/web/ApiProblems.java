package org.partnerdigest.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.partnerdigest.digest.InvalidSubscriptionException;
import org.partnerdigest.search.InvalidQueryException;
import org.partnerdigest.search.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place that turns failures of the JSON API and the Atom/OPML outputs into RFC 9457 problem
 * details: a bad parameter or query is a 400 whose {@code detail} says what to change, an unknown
 * entry or topic a 404, a search in the first moments after start-up a 503 with {@code
 * Retry-After}, and anything unexpected a logged 500 with its stack trace in the log only.
 * Framework errors (wrong method, unreadable parameters) keep their status via the base class.
 */
@RestControllerAdvice(
    assignableTypes = {ApiController.class, OutputController.class, SubscriberApiController.class})
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  @ExceptionHandler(InvalidParameterException.class)
  ProblemDetail invalidParameter(InvalidParameterException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid parameter", e.getMessage(), request);
  }

  @ExceptionHandler(InvalidQueryException.class)
  ProblemDetail invalidQuery(InvalidQueryException e, HttpServletRequest request) {
    return problem(HttpStatus.BAD_REQUEST, "Invalid query", e.getMessage(), request);
  }

  @ExceptionHandler(InvalidSubscriptionException.class)
  ProblemDetail invalidSubscription(InvalidSubscriptionException e, HttpServletRequest request) {
    ProblemDetail problem =
        problem(HttpStatus.BAD_REQUEST, "Invalid subscription", e.getMessage(), request);
    problem.setProperty("field", e.field());
    return problem;
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e, HttpServletRequest request) {
    return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), request);
  }

  @ExceptionHandler(SearchUnavailableException.class)
  ResponseEntity<ProblemDetail> unavailable(
      SearchUnavailableException e, HttpServletRequest request) {
    return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
        .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
        .body(problem(HttpStatus.SERVICE_UNAVAILABLE, e.title(), e.getMessage(), request));
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e, HttpServletRequest request) {
    log.error("Unexpected failure answering {}", request.getRequestURI(), e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Internal error",
        "Something went wrong on our side; it has been logged. Please try again later.",
        request);
  }

  private static ProblemDetail problem(
      HttpStatus status, String title, String detail, HttpServletRequest request) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setInstance(URI.create(request.getRequestURI()));
    return problem;
  }
}
