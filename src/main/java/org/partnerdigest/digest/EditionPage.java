package org.partnerdigest.digest;

import java.time.Instant;
import java.util.List;

/**
 * An edition as shown: on the web archive (everything), in a preview or in one subscriber's mail
 * (their topics only).
 *
 * @param key {@code 2026-W49}: the path of {@code /digests/{key}}
 * @param label how it is named in text: "week 49"
 * @param windowStart entries first archived after this and up to {@code cutoff} are in it
 * @param entries distinct entries in it
 * @param misconceptions entries in its misconceptions section
 */
public record EditionPage(
    String key,
    String label,
    Instant cutoff,
    Instant windowStart,
    List<DigestEntry> pinned,
    List<DigestSection> sections,
    int entries,
    int misconceptions) {

  public EditionPage {
    pinned = List.copyOf(pinned);
    sections = List.copyOf(sections);
  }

  /** Nothing to show. */
  public boolean empty() {
    return entries == 0;
  }

  /** The subject line: "Partner Digest, week 49: 2 misconceptions corrected, 11 new posts". */
  public String subject() {
    List<String> parts = new java.util.ArrayList<>();
    if (misconceptions > 0) {
      parts.add(
          misconceptions
              + (misconceptions == 1 ? " misconception" : " misconceptions")
              + " corrected");
    }
    int others = entries - misconceptions;
    if (others > 0) {
      parts.add(others + (others == 1 ? " new post" : " new posts"));
    }
    return "Partner Digest, " + label + (parts.isEmpty() ? "" : ": " + String.join(", ", parts));
  }
}
