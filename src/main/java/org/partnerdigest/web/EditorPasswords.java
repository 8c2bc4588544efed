package org.partnerdigest.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How editor passwords are hashed and which hashes are accepted: bcrypt, the format of {@code
 * partner-digest.editors.<username>} values. The {@code hash-password} command and the sign-in both
 * ask this class, so they never disagree.
 */
public final class EditorPasswords {

  /** Shorter passwords are refused by {@code hash-password}. */
  public static final int MIN_LENGTH = 12;

  /** bcrypt reads at most 72 bytes; longer passwords would be silently cut, so they are refused. */
  public static final int MAX_BYTES = 72;

  private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");
  private static final PasswordEncoder ENCODER = new BCryptPasswordEncoder();

  private EditorPasswords() {}

  /** The encoder that checks passwords at sign-in. */
  public static PasswordEncoder encoder() {
    return ENCODER;
  }

  /**
   * The bcrypt hash of a new password.
   *
   * @throws IllegalArgumentException when the password is too short or too long, with the reason
   */
  public static String hash(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "the password must have at least " + MIN_LENGTH + " characters");
    }
    if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
      throw new IllegalArgumentException(
          "the password must have at most " + MAX_BYTES + " bytes (bcrypt ignores the rest)");
    }
    return ENCODER.encode(password);
  }

  /** True when {@code value} looks like a bcrypt hash (so a plain password is never taken). */
  public static boolean isHash(String value) {
    return value != null && BCRYPT.matcher(value).matches();
  }
}
