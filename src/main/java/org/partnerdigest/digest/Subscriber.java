package org.partnerdigest.digest;

import java.time.Instant;
import java.util.List;

/**
 * A subscriber as stored.
 *
 * @param topics the topic keys they follow; empty means every topic
 * @param confirmed when they confirmed, {@code null} while pending
 */
record Subscriber(
    String id,
    String email,
    List<String> topics,
    Status status,
    Instant created,
    Instant confirmed) {

  Subscriber {
    topics = List.copyOf(topics);
  }

  enum Status {
    /** Signed up, confirmation link not used yet: receives nothing but that link. */
    PENDING,
    ACTIVE,
    PAUSED,
    UNSUBSCRIBED;

    String column() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    static Status of(String column) {
      return valueOf(column.toUpperCase(java.util.Locale.ROOT));
    }
  }

  boolean everything() {
    return topics.isEmpty();
  }
}
