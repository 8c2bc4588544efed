package org.partnerdigest.archive;

import java.util.Arrays;

/** Where a feed stands after its last fetch, as stored and as editors and the API see it. */
public enum FeedStatus {
  NEW("new"),
  OK("ok"),
  NOT_MODIFIED("not-modified"),
  MOVED("moved"),
  GONE("gone"),
  RATE_LIMITED("rate-limited"),
  FAILING("failing");

  private final String label;

  FeedStatus(String label) {
    this.label = label;
  }

  /** The word stored in {@code feed_state.status} and shown on the feeds page and in the API. */
  public String label() {
    return label;
  }

  /** True for the outcomes of a failed fetch. */
  public boolean failed() {
    return this == GONE || this == RATE_LIMITED || this == FAILING;
  }

  static FeedStatus ofLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst().orElse(NEW);
  }
}
