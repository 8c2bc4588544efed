package org.partnerdigest.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.digest.LinkTokens.Purpose;

class LinkTokensTests {

  final LinkTokens tokens =
      new LinkTokens("a secret of some length".getBytes(StandardCharsets.UTF_8));
  final Instant expires = Instant.parse("2026-12-10T07:00:00Z");

  @Test
  void verifiesItsOwnTokenWithSubscriberAndExpiry() {
    String token = tokens.sign(Purpose.CONFIRM, "sub-1", expires);

    assertThat(tokens.verify(token, Purpose.CONFIRM))
        .contains(new LinkTokens.Claims(Purpose.CONFIRM, "sub-1", expires));
  }

  @Nested
  class Refuses {

    @Test
    void aTokenForAnotherPurpose() {
      String manage = tokens.sign(Purpose.MANAGE, "sub-1", null);

      assertThat(tokens.verify(manage, Purpose.CONFIRM)).isEmpty();
    }

    @Test
    void aTamperedPayloadOrSignature() {
      String token = tokens.sign(Purpose.MANAGE, "sub-1", null);
      String otherPayload = tokens.sign(Purpose.MANAGE, "sub-2", null).split("\\.")[0];

      assertThat(tokens.verify(otherPayload + "." + token.split("\\.")[1], Purpose.MANAGE))
          .isEmpty();
      assertThat(tokens.verify(token.substring(0, token.length() - 1) + "x", Purpose.MANAGE))
          .isEmpty();
      assertThat(tokens.verify(token.substring(0, token.length() - 4), Purpose.MANAGE)).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherKey() {
      LinkTokens other = new LinkTokens("another secret, longer".getBytes(StandardCharsets.UTF_8));

      assertThat(tokens.verify(other.sign(Purpose.MANAGE, "sub-1", null), Purpose.MANAGE))
          .isEmpty();
    }

    @Test
    void garbage() {
      assertThat(tokens.verify(null, Purpose.MANAGE)).isEmpty();
      assertThat(tokens.verify("", Purpose.MANAGE)).isEmpty();
      assertThat(tokens.verify("no-dot", Purpose.MANAGE)).isEmpty();
      assertThat(tokens.verify("!!!.???", Purpose.MANAGE)).isEmpty();
      assertThat(tokens.verify("a".repeat(600) + ".b", Purpose.MANAGE)).isEmpty();
    }
  }
}
