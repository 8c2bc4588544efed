package org.partnerdigest.digest;

import java.util.List;

/**
 * A topic's part of an edition, best entries first.
 *
 * @param topic the topic key, or {@code null} for the entries no topic matched
 * @param more entries of the section left out of a mail (the web edition shows them all)
 */
public record DigestSection(String topic, String title, List<DigestEntry> entries, int more) {

  public DigestSection {
    entries = List.copyOf(entries);
  }

  /** The site's page of the topic, or {@code null}. */
  public String topicPath() {
    return topic == null ? null : "/topics/" + topic;
  }
}
