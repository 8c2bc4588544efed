package org.partnerdigest.search;

import java.util.function.Function;

/**
 * "Showing results for <em>partner incentives</em>": a query that found nothing is answered with
 * the results of its spelling suggestion, when that finds something. A query that found anything is
 * never rewritten, and neither is one cut short by its time budget (it may simply not have reached
 * its matches). The suggestion runs under the same limits as any query; when it cannot run (beyond
 * a limit, or no turn for an expensive query) the empty answer stands.
 */
final class SpellingCorrection {

  private SpellingCorrection() {}

  static SearchResults apply(
      SearchQuery asked, SearchResults results, Function<SearchQuery, SearchResults> search) {
    String suggestion = results.suggestion();
    if (results.total() > 0 || results.partial() || suggestion == null) {
      return results;
    }
    SearchResults corrected;
    try {
      corrected = search.apply(withText(asked, suggestion));
    } catch (InvalidQueryException | SearchBusyException e) {
      return results;
    }
    if (corrected.total() == 0) {
      return results;
    }
    return new SearchResults(
        corrected.total(),
        results.tookMs() + corrected.tookMs(),
        corrected.hits(),
        corrected.facets(),
        suggestion,
        suggestion,
        corrected.partial());
  }

  private static SearchQuery withText(SearchQuery q, String text) {
    return new SearchQuery(
        text,
        q.feed(),
        q.group(),
        q.topic(),
        q.author(),
        q.from(),
        q.to(),
        q.sort(),
        q.page(),
        q.size());
  }
}
