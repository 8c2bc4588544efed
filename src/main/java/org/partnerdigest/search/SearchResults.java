package org.partnerdigest.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results, in the shape of {@code GET /api/search}.
 *
 * @param partial the search ran out of its time budget: {@code total}, hits and facets count only
 *     what was found by then (the JSON carries {@code "partial": true} only in that case)
 */
public record SearchResults(
    long total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String suggestion,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean partial) {

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
