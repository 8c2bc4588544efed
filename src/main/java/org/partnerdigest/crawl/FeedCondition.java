package org.partnerdigest.crawl;

import java.util.Arrays;

/** The status word of a feed's state, as stored and as shown in {@link FeedStatus#status()}. */
enum FeedCondition {
  NEW("new"),
  OK("ok"),
  NOT_MODIFIED("not-modified"),
  MOVED("moved"),
  GONE("gone"),
  RATE_LIMITED("rate-limited"),
  FAILING("failing");

  private final String label;

  FeedCondition(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }

  static FeedCondition ofLabel(String label) {
    return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst().orElse(NEW);
  }
}
