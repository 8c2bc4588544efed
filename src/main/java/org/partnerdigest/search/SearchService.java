package org.partnerdigest.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The search module's API: answers queries over the Lucene index derived from the entry archive,
 * looks up indexed entries, rebuilds the index and reports how far the indexer has caught up.
 */
@Service
public class SearchService {

  /**
   * Runs a query in the user syntax with its filters, facets, snippets and suggestion.
   *
   * @throws InvalidQueryException when the query is beyond a documented limit (length, terms, page
   *     depth); the message names the limit
   */
  public SearchResults search(SearchQuery query) {
    QueryLimits.check(query);
    return new SearchResults(0, 0, List.of(), Map.of(), null);
  }

  /**
   * The indexed entry with this id, with its topics; empty when it is not (or no longer) indexed.
   */
  public Optional<IndexedEntry> entry(String id) {
    return Optional.empty();
  }

  /** Rebuilds the index from the archive beside the live one and swaps it in atomically. */
  public void reindex() {}

  /** The highest archive {@code seq} that is searchable. */
  public long indexedSeq() {
    return 0;
  }

  /** How many entries the live index holds (duplicates counted once per feed). */
  public long indexedCount() {
    return 0;
  }

  /**
   * Waits until the index holds everything the archive held when called.
   *
   * @return {@code true} when caught up within {@code timeout}
   */
  public boolean awaitCaughtUp(Duration timeout) {
    return true;
  }
}
