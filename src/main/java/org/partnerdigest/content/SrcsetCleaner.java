package org.partnerdigest.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Cleans an {@code img srcset}: each candidate URL is resolved against the base and kept only if it
 * is http(s) by {@link Links}, without tracking parameters; unsafe candidates ({@code javascript:},
 * {@code data:}, unresolvable) are dropped one by one. Parsing follows the HTML candidate rules
 * closely enough that commas inside a URL (as in {@code data:} URLs) do not split it.
 *
 * @see <a href="https://html.spec.whatwg.org/#parsing-a-srcset-attribute">srcset parsing</a>
 */
final class SrcsetCleaner {

  private static final int MAX_DESCRIPTOR_LENGTH = 32;

  private SrcsetCleaner() {}

  /** The cleaned attribute value, empty when no candidate is safe. */
  static String clean(String srcset, String baseUri) {
    List<String> kept = new ArrayList<>();
    for (Candidate candidate : parse(srcset)) {
      String url = safeUrl(candidate.url(), baseUri);
      if (url != null && isSimpleDescriptor(candidate.descriptor())) {
        kept.add(candidate.descriptor().isEmpty() ? url : url + " " + candidate.descriptor());
      }
    }
    return String.join(", ", kept);
  }

  private record Candidate(String url, String descriptor) {}

  private static List<Candidate> parse(String srcset) {
    List<Candidate> candidates = new ArrayList<>();
    int i = 0;
    int n = srcset.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
        i++;
      }
      int urlStart = i;
      while (i < n && !Character.isWhitespace(srcset.charAt(i))) {
        i++;
      }
      String url = srcset.substring(urlStart, i);
      if (url.isEmpty()) {
        break;
      }
      if (url.endsWith(",")) {
        candidates.add(new Candidate(url.replaceFirst(",+$", ""), ""));
        continue;
      }
      int descriptorStart = i;
      while (i < n && srcset.charAt(i) != ',') {
        i++;
      }
      String descriptor = srcset.substring(descriptorStart, i).strip().replaceAll("\\s+", " ");
      candidates.add(new Candidate(url, descriptor));
    }
    return candidates;
  }

  /** Width ({@code 640w}) and density ({@code 2x}, {@code 1.5x}) descriptors; nothing else. */
  private static boolean isSimpleDescriptor(String descriptor) {
    return descriptor.length() <= MAX_DESCRIPTOR_LENGTH
        && descriptor.matches("(\\d+w|\\d+(\\.\\d+)?x|\\d+h)?( (\\d+w|\\d+(\\.\\d+)?x|\\d+h))*");
  }

  private static String safeUrl(String candidate, String baseUri) {
    String url = Links.web(candidate, Links.uri(baseUri));
    if (url == null || url.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',')) {
      return null;
    }
    return TrackingParameters.strip(url);
  }
}
