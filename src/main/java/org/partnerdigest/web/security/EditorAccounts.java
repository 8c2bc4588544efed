package org.partnerdigest.web.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.partnerdigest.web.EditorPasswords;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The editors who may sign in: those configured as {@code partner-digest.editors.<username>=<bcrypt
 * hash>}, or the bootstrap account while none is. A configured value that is not a bcrypt hash
 * stops the start with a message, so a plain password in a config file never works.
 */
final class EditorAccounts {

  static final String ROLE = "EDITOR";

  private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

  private EditorAccounts() {}

  static List<UserDetails> of(Map<String, String> configured, BootstrapEditor bootstrap) {
    if (configured.isEmpty()) {
      return List.of(user(BootstrapEditor.USERNAME, bootstrap.passwordHash()));
    }
    bootstrap.retire();
    List<String> problems = new ArrayList<>();
    List<UserDetails> users = new ArrayList<>();
    configured.forEach(
        (name, hash) -> {
          if (!USERNAME.matcher(name).matches()) {
            problems.add(
                "partner-digest.editors."
                    + name
                    + ": a username is 1-64 lower-case letters, digits, '-' or '_'");
          } else if (!EditorPasswords.isHash(hash)) {
            problems.add(
                "partner-digest.editors."
                    + name
                    + ": the value must be a bcrypt hash (java -jar partner-digest.jar"
                    + " hash-password prints one), not a password");
          } else {
            users.add(user(name, hash));
          }
        });
    if (!problems.isEmpty()) {
      throw new IllegalStateException(String.join("; ", problems));
    }
    return users;
  }

  private static UserDetails user(String name, String hash) {
    return User.withUsername(name).password(hash).roles(ROLE).build();
  }
}
