package org.partnerdigest.web.security;

import java.time.InstantSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Who may do what over HTTP. The public site, its API and outputs are open; everything else needs a
 * signed-in editor (pages redirect to {@code /login}, {@code /api/**} and actuator answer 401);
 * {@code /actuator/prometheus} also takes the scrape token. CSRF protects every state-changing
 * request except the digest's signed links and the subscription API. The browser security headers
 * (CSP, nosniff, frame options, referrer and permissions policies) are the web module's own
 * filter's to write; Spring Security adds only HSTS over HTTPS and {@code Cache-Control: no-store}
 * on editor pages. See docs/admin.md.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfiguration {

  /** Open to everyone, whatever the method (other methods still need a CSRF token). */
  static final String[] PUBLIC = {
    "/",
    "/search",
    "/topics/**",
    "/feeds",
    "/digests/**",
    "/subscribe/**",
    "/unsubscribe/**",
    "/entries/**",
    "/feed.atom",
    "/search.atom",
    "/opml.xml",
    "/api/search",
    "/api/entries/**",
    "/api/feeds",
    "/api/topics",
    "/actuator/health/**",
    // the JSON API's OpenAPI description and its Swagger UI: read-only, as public as the API
    "/v3/api-docs",
    "/v3/api-docs/**",
    "/swagger-ui.html",
    "/swagger-ui/**",
    "/css/**",
    "/js/**",
    "/images/**",
    "/favicon.ico",
    "/robots.txt",
    "/error",
    "/login",
    LoginThrottle.THROTTLED_PATH
  };

  /** Programs, not people: an anonymous request gets a 401 problem, not a sign-in page. */
  static final String[] MACHINE = {"/api/**", "/actuator/**"};

  @Bean
  PasswordEncoder passwordEncoder() {
    return org.partnerdigest.web.EditorPasswords.encoder();
  }

  @Bean
  UserDetailsService editors(
      AccessProperties access, JdbcClient jdbc, ObjectProvider<InstantSource> clock) {
    var bootstrap = new BootstrapEditor(jdbc, clock.getIfUnique(InstantSource::system));
    return new InMemoryUserDetailsManager(EditorAccounts.of(access.editors(), bootstrap));
  }

  @Bean
  SecurityFilterChain security(
      HttpSecurity http,
      AccessProperties access,
      @Qualifier("requestMappingHandlerMapping") ObjectProvider<HandlerMapping> controllers) {
    RequestMatcher machine = Paths.any(MACHINE);
    RequestMatcher editorPages = Paths.any("/admin/**", "/login", "/login/**");
    LoginThrottle throttle = new LoginThrottle(access.login(), access.rateLimits().maxClients());
    HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    // Back to the page asked for after signing in, at its own address (no "?continue").
    requestCache.setMatchingRequestParameterName(null);
    requestCache.setRequestMatcher(
        request -> "GET".equals(request.getMethod()) && !machine.matches(request));
    var login = new LoginUrlAuthenticationEntryPoint("/login");

    http.authorizeHttpRequests(
            rules ->
                rules
                    .requestMatchers(PUBLIC)
                    .permitAll()
                    .requestMatchers(HttpMethod.POST, "/api/subscribers")
                    .permitAll()
                    .requestMatchers(ScrapeToken.PATH)
                    .hasAnyRole(EditorAccounts.ROLE, ScrapeToken.ROLE)
                    .requestMatchers("/admin/**", "/api/**", "/actuator/**")
                    .hasRole(EditorAccounts.ROLE)
                    .requestMatchers(new UnmappedPaths(controllers))
                    .permitAll()
                    .anyRequest()
                    .hasRole(EditorAccounts.ROLE))
        .formLogin(
            form -> form.loginPage("/login").defaultSuccessUrl("/admin").failureHandler(throttle))
        .logout(logout -> logout.logoutSuccessUrl("/login?logout"))
        .sessionManagement(session -> session.sessionFixation(f -> f.changeSessionId()))
        .requestCache(cache -> cache.requestCache(requestCache))
        .csrf(
            csrf ->
                csrf.ignoringRequestMatchers(
                    // The digest's signed-token forms: the token in the link is the proof (one
                    // only its recipient has), and mail clients' one-click POST has no cookie.
                    Paths.post("/subscribe/confirm"),
                    Paths.post("/subscribe/preferences"),
                    Paths.post("/subscribe/delete"),
                    Paths.any("/unsubscribe", "/unsubscribe/**"),
                    Paths.post("/api/subscribers")))
        .headers(
            headers ->
                headers
                    .contentTypeOptions(h -> h.disable())
                    .frameOptions(h -> h.disable())
                    .xssProtection(h -> h.disable())
                    .cacheControl(h -> h.disable())
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            editorPages, new CacheControlHeadersWriter())))
        .exceptionHandling(
            errors ->
                errors.authenticationEntryPoint(
                    (request, response, e) -> {
                      if (machine.matches(request)) {
                        response.setHeader(
                            "WWW-Authenticate",
                            ScrapeToken.PATH.equals(request.getServletPath())
                                ? "Bearer realm=\"Partner Digest metrics\""
                                : "FormLogin realm=\"Partner Digest editors\"");
                        Problems.write(
                            request,
                            response,
                            HttpStatus.UNAUTHORIZED,
                            "Sign in as an editor at /login to use this.");
                      } else {
                        login.commence(request, response, e);
                      }
                    }))
        .addFilterBefore(throttle, UsernamePasswordAuthenticationFilter.class);
    if (access.rateLimits().enabled()) {
      http.addFilterBefore(
          new PublicRateLimits(access.rateLimits()), SecurityContextHolderFilter.class);
    }
    if (access.metrics().hasScrapeToken()) {
      http.addFilterBefore(
          new ScrapeToken(access.metrics().scrapeToken()), AnonymousAuthenticationFilter.class);
    }
    return http.build();
  }
}
