package org.partnerdigest.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The arguments of {@code inspect}: sources in order, and the hosts allowed past the
 * private-address guard ({@code --allow-host=H}, repeatable; {@code
 * --partner-digest.crawl.allowed-hosts=A,B}; or the environment variable {@code
 * PARTNER_DIGEST_CRAWL_ALLOWED_HOSTS}).
 */
record InspectOptions(List<String> sources, List<String> allowedHosts) {

  static final String USAGE =
      """
      usage: partner-digest inspect [--allow-host=HOST_OR_CIDR]... SOURCE...
        SOURCE is a file path, sample:NAME (a bundled sample) or an http(s) URL.
        Prints one JSON object per source, one per line, in input order.
        --allow-host=127.0.0.1   let inspect reach a loopback or private address (repeatable);
                                 also --partner-digest.crawl.allowed-hosts=A,B or the
                                 PARTNER_DIGEST_CRAWL_ALLOWED_HOSTS environment variable.
        Exit code: 0 when every source parsed, 1 otherwise, 2 for usage errors.""";

  private static final String ALLOW = "--allow-host=";
  private static final String PROPERTY = "--partner-digest.crawl.allowed-hosts=";
  private static final String ENV = "PARTNER_DIGEST_CRAWL_ALLOWED_HOSTS";

  /**
   * @param args the command line without the leading {@code inspect}
   * @throws IllegalArgumentException with a message for a person
   */
  static InspectOptions parse(List<String> args, Map<String, String> environment) {
    List<String> sources = new ArrayList<>();
    List<String> allowed = new ArrayList<>(split(environment.get(ENV)));
    boolean optionsDone = false;
    for (String arg : args) {
      if (optionsDone || !arg.startsWith("--")) {
        sources.add(arg);
      } else if (arg.equals("--")) {
        optionsDone = true;
      } else if (arg.startsWith(ALLOW)) {
        allowed.addAll(split(arg.substring(ALLOW.length())));
      } else if (arg.startsWith(PROPERTY)) {
        allowed.addAll(split(arg.substring(PROPERTY.length())));
      } else {
        throw new IllegalArgumentException("unknown option " + arg);
      }
    }
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no sources given");
    }
    return new InspectOptions(List.copyOf(sources), List.copyOf(allowed));
  }

  private static List<String> split(String value) {
    if (value == null || value.isBlank()) {
      return List.of();
    }
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
