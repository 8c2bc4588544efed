package org.partnerdigest.search;

import java.time.LocalDate;

/**
 * A search as the API and pages accept it; {@code q} in the user syntax (words, "phrases", -not,
 * OR, prefix*, field:value). Any filter may be {@code null}. {@code page} counts from 0. The search
 * checks every limit ({@code QueryLimits}) and names the one a query is beyond.
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

  /** The page size when a client names none; the largest is {@code QueryLimits.MAX_PAGE_SIZE}. */
  public static final int DEFAULT_SIZE = 20;

  public enum Sort {
    RELEVANCE,
    DATE
  }
}
