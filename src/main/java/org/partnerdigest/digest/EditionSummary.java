package org.partnerdigest.digest;

import java.time.Instant;
import java.util.List;

/**
 * An edition in lists: the web archive and the editors' delivery status.
 *
 * @param problems deliveries not sent (pending, failed, skipped), with the reason; for editors
 */
public record EditionSummary(
    String key,
    String label,
    Instant cutoff,
    Instant windowStart,
    int entries,
    int pending,
    int sent,
    int failed,
    int skipped,
    List<DeliveryProblem> problems) {

  public EditionSummary {
    problems = List.copyOf(problems);
  }

  /**
   * A delivery that is not (yet) sent.
   *
   * @param recipient the address, partly masked; "(deleted)" once the subscriber deleted their data
   * @param nextAttempt when a pending delivery is tried again, else {@code null}
   */
  public record DeliveryProblem(
      String recipient, String state, int attempts, String lastError, Instant nextAttempt) {}
}
