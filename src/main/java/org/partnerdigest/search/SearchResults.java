package org.partnerdigest.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of results, in the shape of {@code GET /api/search}. */
public record SearchResults(
    long total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String suggestion) {

  /** A result; {@code snippet} is HTML whose only tags are {@code <mark>}. */
  public record Hit(
      String id,
      String title,
      String link,
      FeedRef feed,
      String author,
      Instant published,
      String snippet,
      List<String> topics,
      List<FeedRef> alsoIn) {}

  public record FeedRef(String key, String title) {}

  public record FacetCount(String value, long count) {}
}
