package org.partnerdigest.cli;

import java.io.Console;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Entry point of the command line. {@code inspect}, {@code validate} and {@code hash-password} run
 * without Spring (fast, no database); {@code crawl --once} and {@code reindex} start the
 * application without a web server.
 */
public final class CommandLine {

  private static final Set<String> COMMANDS =
      Set.of("inspect", "validate", "crawl", "reindex", "hash-password");

  private CommandLine() {}

  /** True when {@code args} name a command rather than serving. */
  public static boolean handles(String[] args) {
    return args.length > 0 && COMMANDS.contains(args[0]);
  }

  /** Runs the command and returns the process exit code. */
  public static int run(String[] args) {
    return switch (args[0]) {
      case "inspect" -> InspectCommand.run(args, utf8(System.out), System.err);
      case "reindex" -> ReindexCommand.run(args, resultsOnlyOnStdout(), System.err);
      case "crawl" -> CrawlOnceCommand.run(args, resultsOnlyOnStdout(), System.err);
      case "hash-password" ->
          HashPasswordCommand.run(args, terminal(), System.in, utf8(System.out), System.err);
      case "validate" ->
          ValidateCommand.run(
              Arrays.asList(args).subList(1, args.length), utf8(System.out), System.err);
      default -> {
        System.err.println(
            "partner-digest: unknown command '"
                + args[0]
                + "'; commands: inspect, validate, crawl --once, reindex,"
                + " hash-password");
        yield 2;
      }
    };
  }

  /**
   * Standard output for a command's results alone: the application's log, which writes to {@code
   * System.out}, is sent to standard error instead, so {@code crawl --once > report.txt} keeps just
   * the report.
   */
  private static PrintStream resultsOnlyOnStdout() {
    PrintStream results = utf8(System.out);
    System.setOut(System.err);
    return results;
  }

  /** The terminal to prompt at without echo, or null when standard input is a file or a pipe. */
  private static Console terminal() {
    Console console = System.console();
    return console != null && console.isTerminal() ? console : null;
  }

  /** Standard output as UTF-8 whatever the platform default, since messages quote feed text. */
  private static PrintStream utf8(PrintStream fallback) {
    fallback.flush();
    return new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
  }
}
