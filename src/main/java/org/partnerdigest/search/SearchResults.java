package org.partnerdigest.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of results, in the shape of {@code GET /api/search}.
 *
 * @param suggestion "did you mean": the query with its unknown words replaced by the closest known
 *     ones, or {@code null}
 * @param correctedQuery the query these results are for when the one asked found nothing and its
 *     {@code suggestion} was run instead ({@link SpellingCorrection}); {@code null} when the
 *     results are for the query as asked
 * @param partial the search ran out of its time budget: {@code total}, hits and facets count only
 *     what was found by then (the JSON carries {@code "partial": true} only in that case)
 */
public record SearchResults(
    long total,
    long tookMs,
    List<Hit> hits,
    Map<String, List<FacetCount>> facets,
    String suggestion,
    String correctedQuery,
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean partial) {

  /** Results for the query as asked (no correction). */
  public SearchResults(
      long total,
      long tookMs,
      List<Hit> hits,
      Map<String, List<FacetCount>> facets,
      String suggestion,
      boolean partial) {
    this(total, tookMs, hits, facets, suggestion, null, partial);
  }

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
