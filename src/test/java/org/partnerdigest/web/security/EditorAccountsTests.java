package org.partnerdigest.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.partnerdigest.archive.ArchiveFixture;
import org.partnerdigest.web.EditorPasswords;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Editor accounts from configuration, and the bootstrap account that exists only while none is
 * configured: its password is printed once, stored as a hash in the (real, migrated) database, and
 * deleted once editors are configured.
 */
@ExtendWith(OutputCaptureExtension.class)
class EditorAccountsTests {

  static final Pattern PRINTED = Pattern.compile("password: (\\S+)");

  @TempDir Path dataDir;
  ArchiveFixture db;
  BootstrapEditor bootstrap;

  @BeforeEach
  void open() {
    db = new ArchiveFixture(dataDir);
    bootstrap =
        new BootstrapEditor(db.jdbc, InstantSource.fixed(Instant.parse("2026-03-02T10:00:00Z")));
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void printsTheBootstrapPasswordOnceAndStoresOnlyItsHash(CapturedOutput output) {
    UserDetails first = EditorAccounts.of(Map.of(), bootstrap).getFirst();

    Matcher printed = PRINTED.matcher(output.getOut());
    assertThat(printed.find()).as("password printed at first start").isTrue();
    String password = printed.group(1);
    assertThat(first.getUsername()).isEqualTo("editor");
    assertThat(EditorPasswords.encoder().matches(password, first.getPassword())).isTrue();
    assertThat(storedHashes()).isEqualTo(first.getPassword()).doesNotContain(password);

    UserDetails again = EditorAccounts.of(Map.of(), bootstrap).getFirst();

    assertThat(again.getPassword()).isEqualTo(first.getPassword());
    assertThat(PRINTED.matcher(output.getOut()).results().count())
        .as("printed only once")
        .isEqualTo(1);
    assertThat(output.getOut()).contains("bootstrap password printed when this data directory");
  }

  @Test
  void generatesADifferentPasswordForEveryDataDirectory(@TempDir Path other) {
    try (ArchiveFixture second = new ArchiveFixture(other)) {
      String a = EditorAccounts.of(Map.of(), bootstrap).getFirst().getPassword();
      String b =
          EditorAccounts.of(Map.of(), new BootstrapEditor(second.jdbc, InstantSource.system()))
              .getFirst()
              .getPassword();

      assertThat(a).isNotEqualTo(b);
    }
  }

  @Test
  void configuredEditorsRetireTheBootstrapAccount() {
    EditorAccounts.of(Map.of(), bootstrap);
    String hash = EditorPasswords.hash("a long enough password");

    var users = EditorAccounts.of(Map.of("ann", hash), bootstrap);

    assertThat(users).extracting(UserDetails::getUsername).containsExactly("ann");
    assertThat(users.getFirst().getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_EDITOR");
    assertThat(db.jdbc.sql("SELECT COUNT(*) FROM bootstrap_editor").query(Integer.class).single())
        .isZero();
  }

  @Nested
  class Refuses {

    @Test
    void aPlainPasswordInsteadOfAHash() {
      assertThatIllegalStateException()
          .isThrownBy(() -> EditorAccounts.of(Map.of("ann", "secret-password"), bootstrap))
          .withMessageContaining("partner-digest.editors.ann: the value must be a bcrypt hash");
    }

    @Test
    void aUsernameThatCannotBeTypedReliably() {
      String hash = EditorPasswords.hash("a long enough password");

      assertThatIllegalStateException()
          .isThrownBy(() -> EditorAccounts.of(Map.of("Ann Smith", hash), bootstrap))
          .withMessageContaining("a username is 1-64 lower-case letters");
    }
  }

  private String storedHashes() {
    return db.jdbc.sql("SELECT password_hash FROM bootstrap_editor").query(String.class).single();
  }
}
