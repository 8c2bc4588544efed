package org.partnerdigest.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets Prometheus read {@code /actuator/prometheus} with {@code metrics.scrape-token} sent as
 * {@code Authorization: Bearer …}: a matching token authenticates this one request as the scraper
 * (nothing is stored in a session). Other requests, and every request when no token is configured,
 * pass untouched.
 */
final class ScrapeToken extends OncePerRequestFilter {

  static final String PATH = "/actuator/prometheus";
  static final String ROLE = "SCRAPER";

  private final byte[] token;

  ScrapeToken(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !PATH.equals(request.getServletPath());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      byte[] sent = authorization.substring(7).strip().getBytes(StandardCharsets.UTF_8);
      // Constant time, so the token cannot be guessed byte by byte from response times.
      if (MessageDigest.isEqual(sent, token)) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(
                "prometheus", null, List.of(new SimpleGrantedAuthority("ROLE_" + ROLE))));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }
}
