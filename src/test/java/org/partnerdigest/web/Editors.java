package org.partnerdigest.web;

import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The editor accounts of the site tests: passwords made up per test run and configured as bcrypt
 * hashes, the way an operator configures them. {@code ed} signs in; {@code eve} is the account the
 * throttling tests lock out, so they never lock out {@code ed}.
 */
public final class Editors {

  public static final String ED = "ed";
  static final String EVE = "eve";
  public static final String PASSWORD = "pw-" + UUID.randomUUID();
  static final String SCRAPE_TOKEN = "scrape-" + UUID.randomUUID();
  private static final String HASH = EditorPasswords.hash(PASSWORD);

  private Editors() {}

  /** Editors, the scrape token, and no rate limits (tests search faster than people). */
  public static void configure(DynamicPropertyRegistry registry) {
    registry.add("partner-digest.editors." + ED, () -> HASH);
    registry.add("partner-digest.editors." + EVE, () -> HASH);
    registry.add("partner-digest.metrics.scrape-token", () -> SCRAPE_TOKEN);
    registry.add("partner-digest.rate-limits.enabled", () -> "false");
  }
}
