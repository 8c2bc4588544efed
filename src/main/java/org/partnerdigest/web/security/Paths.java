package org.partnerdigest.web.security;

import java.util.Arrays;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** Request matchers by path pattern, as the authorization rules write them. */
final class Paths {

  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  private Paths() {}

  static RequestMatcher any(String... patterns) {
    return new OrRequestMatcher(
        Arrays.stream(patterns).map(p -> (RequestMatcher) PATHS.matcher(p)).toList());
  }

  static RequestMatcher post(String pattern) {
    return PATHS.matcher(HttpMethod.POST, pattern);
  }
}
