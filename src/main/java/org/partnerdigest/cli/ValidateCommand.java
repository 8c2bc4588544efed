package org.partnerdigest.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.partnerdigest.catalog.CatalogParser;
import org.partnerdigest.catalog.CatalogSummary;

/**
 * {@code validate [feeds.yml]}: prints every problem as {@code path:line:column: message} and exits
 * 1, or prints a one-line summary and exits 0. Runs without Spring, so it is fast enough for a
 * pre-commit hook or a CI step.
 */
final class ValidateCommand {

  static final String USAGE = "usage: partner-digest validate [feeds.yml]";

  private ValidateCommand() {}

  /** Runs with the arguments after {@code validate}; returns the exit code. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() == 1 && (args.getFirst().equals("-h") || args.getFirst().equals("--help"))) {
      out.println(USAGE);
      return 0;
    }
    if (args.size() > 1 || (args.size() == 1 && args.getFirst().startsWith("-"))) {
      err.println(
          "partner-digest validate: expected at most one file, got " + String.join(" ", args));
      err.println(USAGE);
      return 2;
    }
    var name = args.isEmpty() ? "feeds.yml" : args.getFirst();
    var file = Path.of(name);
    if (Files.isDirectory(file)) {
      err.println(name + ": is a directory, not a feeds.yml file");
      return 1;
    }
    try {
      var parsed = CatalogParser.read(file, name);
      if (!parsed.ok()) {
        parsed.problems().forEach(out::println);
        return 1;
      }
      out.println(name + ": " + CatalogSummary.of(parsed.catalog()) + " \u2014 OK");
      return 0;
    } catch (NoSuchFileException e) {
      err.println(name + ": file not found");
    } catch (AccessDeniedException e) {
      err.println(name + ": permission denied");
    } catch (IOException e) {
      err.println(name + ": cannot read the file: " + e.getMessage());
    }
    return 1;
  }
}
