package org.partnerdigest.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Slows down password guessing: after {@code login.max-failures} failed sign-ins within {@code
 * login.failure-window} for one account, or from one client address, further sign-ins for it are
 * answered 429 with {@code Retry-After} until a failure has aged out — before the password is even
 * checked. Also the failure handler that counts the failures.
 */
final class LoginThrottle extends OncePerRequestFilter implements AuthenticationFailureHandler {

  /** Where a throttled sign-in is forwarded to be answered with the sign-in page and a 429. */
  static final String THROTTLED_PATH = "/login/throttled";

  static final String RETRY_AFTER_ATTRIBUTE = LoginThrottle.class.getName() + ".retryAfter";

  private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);
  private static final int MAX_KEY = 100;

  private final ClientBuckets accounts;
  private final ClientBuckets addresses;
  private final AuthenticationFailureHandler failed =
      new SimpleUrlAuthenticationFailureHandler("/login?error");

  LoginThrottle(AccessProperties.Login login, int maxClients) {
    this.accounts = new ClientBuckets(login.limit(), maxClients);
    this.addresses = new ClientBuckets(login.limit(), maxClients);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ClientBuckets.Decision account = accounts.peek(account(request));
    ClientBuckets.Decision address = addresses.peek(request.getRemoteAddr());
    if (account.allowed() && address.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    long retryAfter = Math.max(account.retryAfterSeconds(), address.retryAfterSeconds());
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
    if (Problems.wantsPage(request)) {
      request.setAttribute(RETRY_AFTER_ATTRIBUTE, retryAfter);
      request.getRequestDispatcher(THROTTLED_PATH).forward(request, response);
    } else {
      Problems.tooManyRequests(
          request,
          response,
          retryAfter,
          "Too many failed sign-ins; try again in " + retryAfter + " seconds.");
    }
  }

  @Override
  public void onAuthenticationFailure(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
      throws IOException, ServletException {
    String account = account(request);
    accounts.take(account);
    addresses.take(request.getRemoteAddr());
    if (!accounts.peek(account).allowed() || !addresses.peek(request.getRemoteAddr()).allowed()) {
      log.warn(
          "sign-in throttled: too many failures for account '{}' or from {}",
          account,
          request.getRemoteAddr());
    }
    failed.onAuthenticationFailure(request, response, exception);
  }

  /** The account a sign-in names, as the account store compares it (case-insensitive). */
  private static String account(HttpServletRequest request) {
    String username = request.getParameter("username");
    if (username == null) {
      return "";
    }
    // Control characters would let a typed name forge log lines.
    String key = username.strip().toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
    return key.length() > MAX_KEY ? key.substring(0, MAX_KEY) : key;
  }
}
