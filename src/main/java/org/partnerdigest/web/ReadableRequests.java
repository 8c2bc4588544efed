package org.partnerdigest.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.partnerdigest.content.OpmlReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Refuses, with a 400, a request whose parameters or {@code Accept} header cannot be read, and with
 * a 413 an upload over the servlet's multipart limit, before anything else reads them; {@link
 * ErrorResponses} answers it as a problem detail or the error page.
 *
 * <p>Tomcat decodes parameters lazily: the first {@code getParameter} call, wherever it happens
 * (data binding, a filter, a view), throws an {@code IllegalStateException} for {@code %zz}, a lone
 * {@code %}, bytes that are not UTF-8 ({@code %ff}, {@code %C3%28}, an encoded surrogate {@code
 * %ED%A0%80}), in a value or a name, or for too many parameters; it used to surface as a 500 with a
 * stack trace (issue 7, defect 4). An {@code Accept} header Spring cannot parse left the API's 406
 * and 404 answers without a body, since no representation could be chosen.
 */
final class ReadableRequests implements Filter {

  /** Why a request was refused, for {@link ErrorResponses}. */
  record Refusal(int status, String title, String detail) {}

  /** The request attribute holding the {@link Refusal}. */
  static final String REFUSAL = ReadableRequests.class.getName() + ".refusal";

  static final Refusal PARAMETERS =
      new Refusal(
          HttpServletResponse.SC_BAD_REQUEST,
          "Invalid parameter",
          "The request's parameters cannot be read: names and values must be percent-encoded"
              + " UTF-8 ('%' followed by two hexadecimal digits, encoding valid UTF-8 bytes).");

  static final Refusal ACCEPT =
      new Refusal(
          HttpServletResponse.SC_BAD_REQUEST,
          "Invalid header",
          "The Accept header cannot be read: it must list media types such as application/json"
              + " or text/html, with q values between 0 and 1.");

  /**
   * A multipart body over {@code spring.servlet.multipart.max-request-size}: the only upload is an
   * OPML file, whose own (lower) limit is the one worth telling.
   */
  static final Refusal TOO_LARGE =
      new Refusal(
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Upload too large",
          "That file is too large: an OPML file may be at most "
              + OpmlReader.MAX_BYTES / (1024 * 1024)
              + " MiB. Nothing was changed.");

  private static final Logger log = LoggerFactory.getLogger(ReadableRequests.class);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    Refusal refusal = refusal(http);
    if (refusal != null) {
      // The URI stays percent-encoded; the exception's message would quote the undecoded bytes.
      log.debug("{} for {}: {}", refusal.status(), http.getRequestURI(), refusal.title());
      request.setAttribute(REFUSAL, refusal);
      ((HttpServletResponse) response).sendError(refusal.status());
      return;
    }
    chain.doFilter(request, response);
  }

  private static Refusal refusal(HttpServletRequest request) {
    try {
      request.getParameterMap();
    } catch (InvalidParameterException e) {
      // Tomcat reads a multipart body's fields here too, so an upload over the servlet's limit
      // fails here, before the CSRF check or the controller could say so.
      return e.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
          ? TOO_LARGE
          : PARAMETERS;
    } catch (IllegalStateException e) {
      return PARAMETERS;
    }
    try {
      MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
    } catch (InvalidMediaTypeException e) {
      return ACCEPT;
    }
    return null;
  }
}
