package org.partnerdigest.digest;

import java.time.Instant;
import java.util.List;

/**
 * The digest at a glance, for editors.
 *
 * @param mailDestination where mail goes: the SMTP server, or the outbox folder of .eml files
 * @param nextCutoff when the next edition is cut, or {@code null} when not scheduled
 */
public record DigestStatus(
    String mailDestination,
    Instant nextCutoff,
    String nextKey,
    int activeSubscribers,
    int pendingSubscribers,
    int pausedSubscribers,
    List<EditionSummary> editions) {

  public DigestStatus {
    editions = List.copyOf(editions);
  }
}
