package org.partnerdigest.digest;

import java.util.List;

/**
 * What a subscriber's preferences page shows.
 *
 * @param topics the topics they follow that still exist; empty with {@code everything}
 * @param removedTopics topics they followed that editors have since removed from feeds.yml
 * @param status {@code pending}, {@code active}, {@code paused} or {@code unsubscribed}
 */
public record Preferences(
    String email,
    boolean everything,
    List<String> topics,
    List<String> removedTopics,
    String status) {

  public Preferences {
    topics = List.copyOf(topics);
    removedTopics = List.copyOf(removedTopics);
  }

  public boolean paused() {
    return "paused".equals(status);
  }

  public boolean unsubscribed() {
    return "unsubscribed".equals(status);
  }

  public boolean pending() {
    return "pending".equals(status);
  }
}
