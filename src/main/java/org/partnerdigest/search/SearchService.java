package org.partnerdigest.search;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The search module's API: answers queries over the Lucene index derived from the entry archive,
 * looks up indexed entries, rebuilds the index and reports how far the indexer has caught up.
 */
@Service
public class SearchService {

  private final SearchIndex index;
  final QueryRunner runner;
  private final QueryLog queryLog;
  private final QueryMeters meters;

  @Autowired
  SearchService(
      SearchIndex index,
      SearchProperties properties,
      ObjectProvider<InstantSource> clock,
      ObjectProvider<QueryLog> queryLog,
      MeterRegistry registry) {
    this(
        index,
        clock.getIfAvailable(InstantSource::system),
        QueryLimits.of(properties.search()),
        queryLog.getIfAvailable(),
        new QueryMeters(registry));
  }

  SearchService(SearchIndex index, InstantSource clock) {
    this(index, clock, QueryLimits.defaults());
  }

  SearchService(SearchIndex index, InstantSource clock, QueryLimits limits) {
    this(index, clock, limits, null, QueryMeters.unobserved());
  }

  private SearchService(
      SearchIndex index,
      InstantSource clock,
      QueryLimits limits,
      QueryLog queryLog,
      QueryMeters meters) {
    this.index = index;
    this.runner = new QueryRunner(clock, limits);
    this.queryLog = queryLog;
    this.meters = meters;
  }

  /**
   * Runs a query in the user syntax with its filters, facets, snippets and suggestion.
   *
   * @throws InvalidQueryException when the query is beyond a documented limit (length, terms, page
   *     depth, wildcards, clauses) or its dates are reversed; the message names the limit
   * @throws SearchBusyException when the query is expensive and other expensive ones hold every
   *     permit for longer than it may wait (a 503 with {@code Retry-After})
   * @throws IndexNotReadyException in the first moments after start-up, when the index did not open
   *     within a short wait
   */
  public SearchResults search(SearchQuery query) {
    QueryLimits.check(query);
    try {
      SearchIndex.Lease lease = index.acquire();
      try {
        return runner.run(lease.searcher(), index.catalog(), query);
      } finally {
        index.release(lease);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Runs a search a person typed (the search page, the API) and counts its query, on the first page
   * only, in the {@link QueryLog} for the editors' insights. Feeds, topic pages and paging are not
   * counted. Its latency and whether it found anything go to the {@link QueryMeters} (every page).
   */
  public SearchResults searchAsked(SearchQuery query) {
    return searchAsked(query, false);
  }

  /**
   * As {@link #searchAsked(SearchQuery)}; unless {@code verbatim}, a query that finds nothing is
   * answered with the results of its spelling suggestion when that finds something ({@link
   * SearchResults#correctedQuery()}). The query log counts the query as typed, with what it found
   * itself, so editors see the misspellings their readers make.
   */
  public SearchResults searchAsked(SearchQuery query, boolean verbatim) {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      SearchResults results = search(query);
      if (queryLog != null && query.page() == 0) {
        queryLog.record(query.q(), results.total());
      }
      SearchResults answered =
          verbatim ? results : SpellingCorrection.apply(query, results, this::search);
      outcome = answered.total() == 0 ? "none" : "found";
      return answered;
    } finally {
      meters.searched(outcome, Duration.ofNanos(System.nanoTime() - start), query.page() == 0);
    }
  }

  /**
   * As {@link #search(SearchQuery)}, but a query that finds nothing is answered with the results of
   * its spelling suggestion when that finds something (for outputs such as a saved search).
   */
  public SearchResults searchCorrected(SearchQuery query) {
    return SpellingCorrection.apply(query, search(query), this::search);
  }

  /**
   * The indexed entry with this id, with its topics; empty when it is not (or no longer) indexed.
   *
   * @throws IndexNotReadyException as {@link #search(SearchQuery)} does
   */
  public Optional<IndexedEntry> entry(String id) {
    if (id == null || id.isBlank()) {
      return Optional.empty();
    }
    try {
      SearchIndex.Lease lease = index.acquire();
      try {
        TopDocs top = lease.searcher().search(new TermQuery(new Term(IndexFields.ID, id)), 1);
        if (top.scoreDocs.length == 0) {
          return Optional.empty();
        }
        return Optional.of(IndexedEntries.of(lease.searcher(), top.scoreDocs[0].doc));
      } finally {
        index.release(lease);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * The entries among {@code ids} ranked as a search ranks them: for a topic, the entries tagged
   * with it, best first by the topic's query, the official-source boost and recency as of {@code
   * asOf}; for {@code topic == null}, every entry newest first. Duplicated posts count once (the
   * primary copy, whose {@code alsoIn} names the others); hidden, purged and not yet indexed
   * entries are left out.
   */
  public List<IndexedEntry> rank(String topic, Collection<String> ids, Instant asOf) {
    try {
      SearchIndex.Lease lease = index.acquire();
      try {
        return EntryRanking.rank(lease.searcher(), index.catalog(), topic, ids, asOf);
      } finally {
        index.release(lease);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Up to {@code max} entries most like the entry {@code id} (Lucene's MoreLikeThis over the title,
   * summary and body), best first: never the entry itself nor a copy of the same post, only the
   * shown copy of other duplicated posts, never a hidden or purged entry. Empty when {@code id} is
   * not indexed.
   */
  public List<IndexedEntry> related(String id, int max) {
    if (id == null || id.isBlank()) {
      return List.of();
    }
    try {
      SearchIndex.Lease lease = index.acquire();
      try {
        return RelatedEntries.of(lease.searcher(), index.ranking().analyzer(), id, max);
      } finally {
        index.release(lease);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * For each of {@code ids} that is indexed with at least one topic, the key of the topic it is
   * best shown under: the topic whose query scores it highest, ties to the topic listed first in
   * {@code feeds.yml}. Lets a page list an entry in several topics once.
   */
  public Map<String, String> bestTopics(Collection<String> ids) {
    try {
      SearchIndex.Lease lease = index.acquire();
      try {
        return BestTopics.of(lease.searcher(), index.catalog(), ids);
      } finally {
        index.release(lease);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search index unreadable: " + e.getMessage(), e);
    }
  }

  /**
   * Rebuilds the index from the archive beside the live one and swaps it in atomically; searches
   * keep answering from the old index meanwhile. Returns when the new index is live.
   */
  public void reindex() {
    index.reindex();
  }

  /**
   * Whether the index this process opened held nothing (a first start, a deleted index directory,
   * an archive copied in): its catch-up is then building it from the whole archive, as a {@link
   * #reindex()} would, so a caller that only wants a complete index can wait for that instead.
   */
  public boolean startedEmpty() {
    return index.startedEmpty();
  }

  /** The highest archive {@code seq} that is searchable. */
  public long indexedSeq() {
    return index.indexedSeq();
  }

  /** How many entries the live index holds (every copy of a duplicated post counts). */
  public long indexedCount() {
    return index.documentCount();
  }

  /**
   * Waits until the index holds everything the archive held when called.
   *
   * @return {@code true} when caught up within {@code timeout}
   */
  public boolean awaitCaughtUp(Duration timeout) {
    return index.awaitCaughtUp(timeout);
  }
}
