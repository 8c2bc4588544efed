package org.partnerdigest.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.partnerdigest.web.EditorPasswords;

/**
 * {@code hash-password}: reads a password from standard input (without echo at a terminal) and
 * prints its bcrypt hash, the value of {@code partner-digest.editors.<username>}. Runs without
 * Spring; the password never appears in arguments, the process list or the shell history.
 */
final class HashPasswordCommand {

  static final String USAGE =
      "usage: partner-digest hash-password < password.txt   (or type it at the prompt)";

  private HashPasswordCommand() {}

  static int run(String[] args, Console console, InputStream in, PrintStream out, PrintStream err) {
    if (args.length > 1) {
      err.println(
          "partner-digest hash-password: takes no arguments; the password is read from"
              + " standard input");
      err.println(USAGE);
      return 2;
    }
    String password;
    try {
      password = console != null ? fromConsole(console) : firstLine(in);
    } catch (IOException e) {
      err.println("partner-digest hash-password: cannot read standard input: " + e.getMessage());
      return 1;
    }
    if (password == null) {
      err.println("partner-digest hash-password: no password on standard input");
      err.println(USAGE);
      return 1;
    }
    try {
      out.println(EditorPasswords.hash(password));
    } catch (IllegalArgumentException e) {
      err.println("partner-digest hash-password: " + e.getMessage());
      return 1;
    }
    err.println("Set it as partner-digest.editors.<username>=<the hash above>");
    return 0;
  }

  private static String fromConsole(Console console) {
    char[] typed = console.readPassword("Password: ");
    return typed == null ? null : new String(typed);
  }

  /** The first line, without its line break; a trailing space is part of the password. */
  private static String firstLine(InputStream in) throws IOException {
    var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line = reader.readLine();
    return line == null || line.isEmpty() ? null : line;
  }
}
