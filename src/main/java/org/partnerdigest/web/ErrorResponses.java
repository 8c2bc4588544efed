package org.partnerdigest.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.json.JacksonJsonView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers the errors that happen outside our controllers (unknown paths, wrong methods, unreadable
 * parameters, Tomcat's own refusals), replacing Spring Boot's {@code BasicErrorController}: the
 * API, the Atom/OPML outputs and actuator get an RFC 9457 problem detail, people get the friendly
 * error page. A direct request for {@code /error} is a 404, not a 500 with status 999.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class ErrorResponses implements ErrorController {

  private static final JacksonJsonView PROBLEM = problemView();

  @RequestMapping
  ModelAndView error(HttpServletRequest request) {
    HttpStatus status = status(request);
    String path = originalPath(request);
    String detail = detail(status, request);
    if (isMachinePath(path) || !acceptsHtml(request)) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
      problem.setTitle(title(status, request));
      problem.setInstance(instance(path));
      ModelAndView answer = new ModelAndView(PROBLEM, "problem", problem);
      answer.setStatus(status);
      return answer;
    }
    return ErrorPage.of(status, detail);
  }

  /** The error status the container or a filter set; none means someone asked for /error. */
  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
    return status == null ? HttpStatus.NOT_FOUND : status;
  }

  private static String detail(HttpStatus status, HttpServletRequest request) {
    if (request.getAttribute(ReadableRequests.REFUSAL) instanceof ReadableRequests.Refusal r) {
      return r.detail();
    }
    return switch (status) {
      case NOT_FOUND -> "There is nothing at this address.";
      case METHOD_NOT_ALLOWED -> "This address does not accept " + request.getMethod() + ".";
      case BAD_REQUEST -> "The request could not be understood.";
      default ->
          status.is5xxServerError()
              ? "Something went wrong on our side; it has been logged. Please try again later."
              : status.getReasonPhrase() + ".";
    };
  }

  private static String title(HttpStatus status, HttpServletRequest request) {
    return request.getAttribute(ReadableRequests.REFUSAL) instanceof ReadableRequests.Refusal r
        ? r.title()
        : status.getReasonPhrase();
  }

  private static String originalPath(HttpServletRequest request) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    return uri instanceof String value ? value : request.getRequestURI();
  }

  /** Paths read by programs rather than people; they always get a problem detail. */
  private static boolean isMachinePath(String path) {
    return path.startsWith("/api/")
        || path.equals("/api")
        || path.startsWith("/actuator")
        || path.endsWith(".atom")
        || path.endsWith(".xml")
        || path.endsWith(".json");
  }

  /** No Accept header means anything will do, as for the pages themselves. */
  private static boolean acceptsHtml(HttpServletRequest request) {
    String accept = request.getHeader("Accept");
    if (accept == null || accept.isBlank()) {
      return true;
    }
    try {
      return MediaType.parseMediaTypes(accept).stream()
          .anyMatch(type -> type.includes(MediaType.TEXT_HTML));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** The path as the client sent it (still percent-encoded), or none when it is not a URI. */
  private static URI instance(String path) {
    try {
      return URI.create(path);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static JacksonJsonView problemView() {
    var view =
        new JacksonJsonView(
            JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class));
    view.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    view.setModelKeys(Set.of("problem"));
    view.setExtractValueFromSingleKeyModel(true);
    return view;
  }
}
