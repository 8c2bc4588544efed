package org.partnerdigest.web.security;

import java.security.SecureRandom;
import java.time.InstantSource;
import java.util.Base64;
import java.util.Optional;
import org.partnerdigest.web.EditorPasswords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The account that lets the first editor in before any is configured: at the first start without
 * {@code partner-digest.editors.*}, a random password is generated, printed once to the log and
 * stored only as a bcrypt hash in {@code bootstrap_editor}. Later starts reuse the hash (and say so
 * without the password); once editors are configured the row is deleted, so the bootstrap password
 * stops working for good.
 */
final class BootstrapEditor {

  static final String USERNAME = "editor";

  private static final Logger log = LoggerFactory.getLogger(BootstrapEditor.class);
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final InstantSource clock;

  BootstrapEditor(JdbcClient jdbc, InstantSource clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The bootstrap account's bcrypt hash, creating (and announcing) it at the first start. */
  String passwordHash() {
    Optional<String> stored = stored();
    if (stored.isPresent()) {
      log.warn(
          "No editor is configured: sign in at /login as '{}' with the bootstrap password printed"
              + " when this data directory was first used. Configure partner-digest.editors.<name>"
              + "=<hash from 'hash-password'> to retire it.",
          USERNAME);
      return stored.get();
    }
    String password = newPassword();
    String hash = EditorPasswords.hash(password);
    try {
      jdbc.sql("INSERT INTO bootstrap_editor (username, password_hash, created) VALUES (?, ?, ?)")
          .params(USERNAME, hash, clock.instant().toEpochMilli())
          .update();
    } catch (DuplicateKeyException e) {
      // Another instance on the same database created it first; its log has the password.
      return stored().orElseThrow(() -> e);
    }
    // One line each: the log pattern writes a newline inside a message as a replacement character.
    log.warn("No editor is configured. Bootstrap sign-in for the editors' workspace (shown ONCE):");
    log.warn("    username: {}", USERNAME);
    log.warn("    password: {}", password);
    log.warn(
        "Sign in at /login, then configure partner-digest.editors.<name>=<hash> (from 'java -jar"
            + " partner-digest.jar hash-password'); the bootstrap account is deleted as soon as an"
            + " editor is configured.");
    return hash;
  }

  /** Deletes the bootstrap account, once editors are configured. */
  void retire() {
    if (jdbc.sql("DELETE FROM bootstrap_editor").update() > 0) {
      log.info("Editors are configured: the bootstrap account '{}' is deleted.", USERNAME);
    }
  }

  private Optional<String> stored() {
    return jdbc.sql("SELECT password_hash FROM bootstrap_editor WHERE username = ?")
        .param(USERNAME)
        .query(String.class)
        .optional();
  }

  /** 144 random bits, URL-safe: 24 characters that survive copying from a terminal. */
  private static String newPassword() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
