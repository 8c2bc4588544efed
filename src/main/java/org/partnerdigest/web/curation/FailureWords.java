package org.partnerdigest.web.curation;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A fetch error in words an editor can act on ("the address answers 404: the feed is not there"),
 * next to the technical message it explains.
 */
final class FailureWords {

  private record Rule(Pattern pattern, String words) {}

  private static final List<Rule> RULES =
      List.of(
          rule("^HTTP (429|503)", "the server asks us to come back later"),
          rule("^HTTP 404", "the feed is not at this address (any more)"),
          rule("^HTTP 401|^HTTP 403", "the server refuses us; the feed may need a login"),
          rule("^HTTP 5\\d\\d", "the feed's server is failing; it usually recovers"),
          rule("^HTTP 410", "the feed is gone for good; remove it or find its new address"),
          rule("^HTTP 4\\d\\d", "the server rejects the request"),
          rule("unknown host", "the host name does not exist (a typo, or the site is gone)"),
          rule("connection refused", "nothing answers at this address"),
          rule("timed out", "the server is too slow to answer"),
          rule("TLS error", "the site's certificate or encryption is broken"),
          rule("^refused:", "a private or internal address, which feeds may not use"),
          rule("larger than", "the document is too large to be a feed"),
          rule("too many redirects", "the address redirects in circles"),
          rule("^HTML page", "this is a web page, not a feed"),
          rule("not a feed|not well-formed|not valid", "the document is not a feed we can read"));

  private FailureWords() {}

  private static Rule rule(String regex, String words) {
    return new Rule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), words);
  }

  /** The explanation, or {@code null} when the message speaks for itself or is absent. */
  static String explain(String error) {
    if (error == null) {
      return null;
    }
    return RULES.stream()
        .filter(r -> r.pattern().matcher(error).find())
        .map(Rule::words)
        .findFirst()
        .orElse(null);
  }
}
