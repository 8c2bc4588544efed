package org.partnerdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.partnerdigest.web.EditorPasswords;

/** {@code hash-password}: a password on standard input becomes a bcrypt hash, without Spring. */
class HashPasswordCommandTests {

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(String stdin, String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "hash-password";
    System.arraycopy(args, 0, all, 1, args.length);
    return HashPasswordCommand.run(
        all,
        null,
        new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void printsABcryptHashOfTheFirstLineOfStandardInput() {
    int exit = run("correct horse battery staple\n");

    String hash = out.toString(StandardCharsets.UTF_8).strip();
    assertThat(exit).isZero();
    assertThat(EditorPasswords.isHash(hash)).isTrue();
    assertThat(EditorPasswords.encoder().matches("correct horse battery staple", hash)).isTrue();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("partner-digest.editors.<username>");
  }

  @Test
  void isRunByTheCommandLineDispatcher() {
    assertThat(CommandLine.handles(new String[] {"hash-password"})).isTrue();
  }

  @Nested
  class Refuses {

    @Test
    void aShortPassword() {
      assertThat(run("short\n")).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .contains("the password must have at least 12 characters");
      assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void aPasswordLongerThanBcryptReads() {
      assertThat(run("x".repeat(73) + "\n")).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("at most 72 bytes");
    }

    @Test
    void emptyInput() {
      assertThat(run("")).isEqualTo(1);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("no password on standard input");
    }

    @Test
    void aPasswordAsAnArgument() {
      assertThat(run("", "my-password-here")).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8)).contains("takes no arguments");
    }
  }
}
