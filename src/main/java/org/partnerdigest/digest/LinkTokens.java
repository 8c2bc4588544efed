package org.partnerdigest.digest;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed tokens for the links in mails: {@code base64url(purpose|subscriber|expiry)} + "." + {@code
 * base64url(HMAC-SHA256)}. The purpose is signed too, so a preferences token cannot confirm an
 * address; a tampered, truncated or foreign token fails verification.
 */
final class LinkTokens {

  /** What a token may be used for. */
  enum Purpose {
    CONFIRM,
    MANAGE
  }

  /** A verified token: who it is for and until when it works ({@code null}: no expiry). */
  record Claims(Purpose purpose, String subscriberId, Instant expires) {}

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAX_LENGTH = 512;

  private final SecretKeySpec key;

  LinkTokens(byte[] secret) {
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
  }

  String sign(Purpose purpose, String subscriberId, Instant expires) {
    String payload =
        purpose.name() + "|" + subscriberId + "|" + (expires == null ? "" : expires.toEpochMilli());
    byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(mac(bytes));
  }

  /** The claims of a well-signed token for {@code purpose}; expiry is the caller's to check. */
  Optional<Claims> verify(String token, Purpose purpose) {
    if (token == null || token.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int dot = token.indexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    try {
      byte[] payload = DECODER.decode(token.substring(0, dot));
      byte[] signature = DECODER.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(mac(payload), signature)) {
        return Optional.empty();
      }
      String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
      if (parts.length != 3 || !parts[0].equals(purpose.name())) {
        return Optional.empty();
      }
      Instant expires = parts[2].isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(parts[2]));
      return Optional.of(new Claims(purpose, parts[1], expires));
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
