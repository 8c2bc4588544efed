package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of response carries the browser security headers (issue 7, defect 2). */
class SecurityHeadersTests extends EmptySiteTest {

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "page            | /                                | 200 | text/html",
        "search page     | /search?q=renewal                | 200 | text/html",
        "API call        | /api/search?q=renewal            | 200 | application/json",
        "Atom feed       | /feed.atom                       | 200 | */*",
        "OPML            | /opml.xml                        | 200 | */*",
        "static file     | /css/site.css                    | 200 | text/css",
        "404 page        | /no/such/page                    | 404 | text/html",
        "404 problem     | /api/entries/none                | 404 | application/json",
        "400 problem     | /api/search?size=500             | 400 | application/json",
        "400 page        | /search?q=x&from=2026-13-01      | 400 | text/html",
        "unreadable 400  | /api/search?q=%zz                | 400 | application/json",
        "raw /error      | /error                           | 404 | application/json",
        "health          | /actuator/health                 | 200 | application/json",
        "prometheus anon | /actuator/prometheus             | 401 | text/plain",
        "sign-in page    | /login                           | 200 | text/html",
        "editor redirect | /admin/entries                   | 302 | text/html",
        "editor API 401  | /api/admin/nothing               | 401 | application/json",
      })
  void everyResponseCarriesTheSecurityHeaders(String what, String path, int status, String accept) {
    RawHttp.Response response = new RawHttp(port).send("GET", path, Map.of("Accept", accept));

    assertThat(response.status()).isEqualTo(status);
    SecurityHeaders.HEADERS.forEach(
        (name, value) -> assertThat(response.header(name)).as(name).isEqualTo(value));
  }

  @Test
  void policyAllowsNoInlineScriptAndNoFraming() {
    String policy = SecurityHeaders.HEADERS.get("Content-Security-Policy");

    assertThat(policy)
        .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(SecurityHeaders.HEADERS)
        .containsEntry("X-Content-Type-Options", "nosniff")
        .containsEntry("X-Frame-Options", "DENY")
        .containsKeys("Referrer-Policy", "Permissions-Policy");
  }
}
