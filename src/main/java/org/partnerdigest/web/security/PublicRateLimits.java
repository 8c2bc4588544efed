package org.partnerdigest.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Token buckets per client address on the public endpoints that cost the most or could be abused:
 * searches ({@code rate-limits.search}) and subscriptions ({@code rate-limits.subscribe}). A client
 * over its limit gets 429 with {@code Retry-After}: a problem detail for programs, the error page
 * for people. The address is the connection's, or the one a trusted proxy forwarded (see {@code
 * server.forward-headers-strategy}).
 */
final class PublicRateLimits extends OncePerRequestFilter {

  private static final Set<String> SEARCHES = Set.of("/api/search", "/search", "/search.atom");
  private static final Set<String> SUBSCRIPTIONS = Set.of("/subscribe", "/api/subscribers");

  private final ClientBuckets searches;
  private final ClientBuckets subscriptions;

  PublicRateLimits(AccessProperties.RateLimits limits) {
    this.searches = new ClientBuckets(limits.search().limit(), limits.maxClients());
    this.subscriptions = new ClientBuckets(limits.subscribe().limit(), limits.maxClients());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ClientBuckets buckets = bucketsFor(request);
    if (buckets == null) {
      chain.doFilter(request, response);
      return;
    }
    ClientBuckets.Decision decision = buckets.take(request.getRemoteAddr());
    if (decision.allowed()) {
      chain.doFilter(request, response);
      return;
    }
    long retryAfter = decision.retryAfterSeconds();
    String detail = "Too many requests from your address; try again in " + retryAfter + " seconds.";
    if (Problems.wantsPage(request)) {
      response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
      response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), detail);
    } else {
      Problems.tooManyRequests(request, response, retryAfter, detail);
    }
  }

  private ClientBuckets bucketsFor(HttpServletRequest request) {
    String path = request.getServletPath();
    if ("GET".equals(request.getMethod()) && SEARCHES.contains(path)) {
      return searches;
    }
    if ("POST".equals(request.getMethod()) && SUBSCRIPTIONS.contains(path)) {
      return subscriptions;
    }
    return null;
  }
}
