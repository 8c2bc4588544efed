package org.partnerdigest.search;

import java.time.LocalDate;

/**
 * A search as the API and pages accept it; {@code q} in the user syntax (words, "phrases", -not,
 * OR, prefix*, field:value). Any filter may be {@code null}.
 */
public record SearchQuery(
    String q,
    String feed,
    String group,
    String topic,
    String author,
    LocalDate from,
    LocalDate to,
    Sort sort,
    int page,
    int size) {

  public enum Sort {
    RELEVANCE,
    DATE
  }
}
