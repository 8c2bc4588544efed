package org.partnerdigest.web.curation;

import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The orders of the feed health page ({@code ?sort=}); each column sorts the way an editor looks
 * for trouble (most failures first, longest without success first).
 */
enum HealthSort {
  ATTENTION(
      "attention", "needs attention first", Comparator.comparingInt(FeedHealthRow::attention)),
  TITLE("title", "title", Comparator.comparing(r -> r.title().toLowerCase(Locale.ROOT))),
  GROUP(
      "group",
      "group",
      Comparator.comparing(
          r -> r.groupTitle() == null ? "\uffff" : r.groupTitle().toLowerCase(Locale.ROOT))),
  STATUS("status", "status", Comparator.comparing(FeedHealthRow::status)),
  LAST_SUCCESS(
      "last-success",
      "longest without success first",
      Comparator.comparing(
          FeedHealthRow::lastSuccess, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))),
  FAILURES(
      "failures",
      "most failures first",
      Comparator.comparingInt(FeedHealthRow::failures).reversed()),
  ENTRIES(
      "entries", "most entries first", Comparator.comparingLong(FeedHealthRow::entries).reversed()),
  NEXT_FETCH(
      "next-fetch",
      "next fetch first",
      Comparator.comparing(
          FeedHealthRow::nextFetch, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));

  private final String parameter;
  private final String description;
  private final Comparator<FeedHealthRow> order;

  HealthSort(String parameter, String description, Comparator<FeedHealthRow> order) {
    this.parameter = parameter;
    this.description = description;
    this.order = order;
  }

  public String parameter() {
    return parameter;
  }

  public String description() {
    return description;
  }

  /** This order, then the title, so the page is stable. */
  Comparator<FeedHealthRow> comparator() {
    return order.thenComparing(r -> r.title().toLowerCase(Locale.ROOT));
  }

  static Optional<HealthSort> of(String parameter) {
    return Arrays.stream(values()).filter(s -> s.parameter.equals(parameter)).findFirst();
  }

  static String choices() {
    return Arrays.stream(values()).map(HealthSort::parameter).collect(Collectors.joining(", "));
  }
}
