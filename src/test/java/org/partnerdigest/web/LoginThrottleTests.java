package org.partnerdigest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords are throttled (issue 10): after 5 failures within a minute for one account, or
 * from one client address, the next sign-in is answered 429 with Retry-After before the password is
 * checked. Each test signs in from its own addresses (forwarded by the trusted proxy on loopback)
 * so the tests never throttle each other, and locks out {@code eve}, never {@code ed}.
 */
class LoginThrottleTests extends EmptySiteTest {

  @Test
  void throttlesAnAccountAfterFiveFailuresFromAnywhere() {
    for (int i = 1; i <= 5; i++) {
      var failed = new EditorSession(port, "198.51.100." + i).signIn(Editors.EVE, "guess " + i);
      assertThat(failed.statusCode()).as("failure %d", i).isEqualTo(302);
    }

    HttpResponse<String> sixth =
        new EditorSession(port, "198.51.100.6").signIn(Editors.EVE, Editors.PASSWORD);

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After").map(Long::parseLong))
        .hasValueSatisfying(seconds -> assertThat(seconds).isBetween(1L, 60L));
    assertThat(sixth.body()).contains("Too many failed sign-ins");
    assertThat(
            new EditorSession(port, "198.51.100.7")
                .signIn(Editors.ED, Editors.PASSWORD)
                .statusCode())
        .as("another account is not affected")
        .isEqualTo(302);
  }

  @Test
  void throttlesAnAddressAfterFiveFailuresWhateverTheAccount() {
    EditorSession attacker = new EditorSession(port, "203.0.113.9");
    for (int i = 1; i <= 5; i++) {
      assertThat(attacker.signIn("nobody-" + i, "guess").statusCode()).isEqualTo(302);
    }

    HttpResponse<String> sixth = attacker.signIn(Editors.ED, Editors.PASSWORD);

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.headers().firstValue("Retry-After")).isPresent();
    assertThat(
            new EditorSession(port, "203.0.113.10")
                .signIn(Editors.ED, Editors.PASSWORD)
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .as("another address signs in")
        .doesNotContain("error");
  }

  @Test
  void answersProgramsWithAProblemDetail() {
    EditorSession script = new EditorSession(port, "203.0.113.20");
    for (int i = 1; i <= 5; i++) {
      script.signIn("script-" + i, "guess");
    }

    HttpResponse<String> sixth =
        script.post(
            "/login",
            Map.of("username", "x", "password", "y", "_csrf", script.csrf("/login")),
            "application/json");

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(SiteClient.parse(sixth.body()).get("detail").asString())
        .startsWith("Too many failed sign-ins; try again in ");
  }
}
