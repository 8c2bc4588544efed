package org.partnerdigest.web;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses a request whose parameters cannot be read, with a 400, before anything else reads them.
 *
 * <p>Tomcat decodes parameters lazily: the first {@code getParameter} call, wherever it happens
 * (data binding, a filter, a view), throws an {@code IllegalStateException} for {@code %zz}, a lone
 * {@code %}, bytes that are not UTF-8 ({@code %ff}, {@code %C3%28}, an encoded surrogate {@code
 * %ED%A0%80}), in a value or a name, or for too many parameters; it used to surface as a 500 with a
 * stack trace (issue 7, defect 4). Reading them here, once, makes that failure one place: {@link
 * ErrorResponses} answers the 400 as a problem detail or the error page.
 */
final class ReadableParameters implements Filter {

  static final String DETAIL =
      "The request's parameters cannot be read: names and values must be percent-encoded UTF-8"
          + " ('%' followed by two hexadecimal digits, encoding valid UTF-8 bytes).";

  private static final Logger log = LoggerFactory.getLogger(ReadableParameters.class);

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    try {
      request.getParameterMap();
    } catch (IllegalStateException e) {
      // The exception's message quotes the undecodable bytes; the URI stays percent-encoded.
      log.debug(
          "400 for {}: unreadable parameters", ((HttpServletRequest) request).getRequestURI());
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST, DETAIL);
      return;
    }
    chain.doFilter(request, response);
  }
}
