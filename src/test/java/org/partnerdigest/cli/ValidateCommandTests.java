package org.partnerdigest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTests {

  static final String FIXTURES = "src/test/resources/org/partnerdigest/catalog/";

  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int validate(String... args) {
    return ValidateCommand.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void printsASummaryAndExitsZeroForAValidFile() {
    int code = validate(FIXTURES + "valid-everything.yml");

    assertThat(code).isZero();
    assertThat(out())
        .isEqualTo(
            FIXTURES
                + "valid-everything.yml: 3 feeds, 2 groups, 2 topics, 2 synonym sets \u2014 OK\n");
    assertThat(err()).isEmpty();
  }

  @Test
  void printsEveryProblemWithThePathAsGivenAndExitsOne() {
    var path = FIXTURES + "many-errors.yml";

    int code = validate(path);

    assertThat(code).isEqualTo(1);
    assertThat(out().lines())
        .hasSize(7)
        .allSatisfy(line -> assertThat(line).startsWith(path + ":"))
        .startsWith(
            path
                + ":3:11: bad tier 'offical': use official or community (did you mean 'official'?)");
  }

  @Test
  void validatesFeedsYmlInTheWorkingDirectoryByDefault() {
    int code = validate();

    assertThat(code).isZero();
    assertThat(out()).startsWith("feeds.yml: ").endsWith(" \u2014 OK\n");
  }

  @Test
  void saysOneWhenThereIsOneOfEach(@TempDir Path dir) throws IOException {
    var file = dir.resolve("feeds.yml");
    Files.writeString(
        file,
        """
        groups: [{key: g, tier: official}]
        feeds: [{key: f, url: "https://example.com/"}]
        topics: [{key: t, query: t}]
        synonyms: [[a, b]]
        """);

    validate(file.toString());

    assertThat(out()).endsWith(": 1 feed, 1 group, 1 topic, 1 synonym set \u2014 OK\n");
  }

  @Test
  void isWiredIntoTheCommandLine() {
    assertThat(CommandLine.handles(new String[] {"validate"})).isTrue();
    assertThat(CommandLine.run(new String[] {"validate", FIXTURES + "many-errors.yml"}))
        .isEqualTo(1);
  }

  @Nested
  class Errors {

    @Test
    void saysFileNotFoundAndExitsOne() {
      int code = validate("no-such-feeds.yml");

      assertThat(code).isEqualTo(1);
      assertThat(err()).isEqualTo("no-such-feeds.yml: file not found\n");
      assertThat(out()).isEmpty();
    }

    @Test
    void refusesADirectory(@TempDir Path dir) {
      int code = validate(dir.toString());

      assertThat(code).isEqualTo(1);
      assertThat(err()).endsWith(": is a directory, not a feeds.yml file\n");
    }

    @Test
    void exitsTwoForTooManyArguments() {
      int code = validate("a.yml", "b.yml");

      assertThat(code).isEqualTo(2);
      assertThat(err()).contains("expected at most one file").contains(ValidateCommand.USAGE);
    }

    @Test
    void exitsTwoForAnUnknownOption() {
      assertThat(validate("--strict")).isEqualTo(2);
    }

    @Test
    void printsUsageForHelp() {
      assertThat(validate("--help")).isZero();
      assertThat(out()).isEqualTo(ValidateCommand.USAGE + "\n");
    }
  }
}
