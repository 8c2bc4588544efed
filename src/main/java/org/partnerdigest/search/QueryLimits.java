package org.partnerdigest.search;

import java.time.Duration;
import org.springframework.boot.convert.DurationStyle;

/**
 * Every limit on one query, in one place (docs/search.md lists them): what a query may ask for,
 * beyond which the API answers 400 naming the limit, and how much work answering it may take, so
 * that no query under the limits costs more than a small multiple of a normal one.
 *
 * @param timeBudget how long one search may collect matches; past it the page is marked partial
 * @param expensiveConcurrency how many expensive queries are answered at once
 * @param expensiveWait how long an expensive query waits for its turn before a 503
 */
record QueryLimits(Duration timeBudget, int expensiveConcurrency, Duration expensiveWait) {

  static final int MAX_QUERY_CHARS = 4_000;
  static final int MAX_TERMS = 1_000;
  static final int MAX_PAGE_DEPTH = 10_000;
  static final int MAX_PAGE_SIZE = 100;

  /** Characters a {@code prefix*} needs before the star; a shorter one is a plain word. */
  static final int MIN_PREFIX_CHARS = 2;

  static final int MAX_WILDCARD_WORDS = 16;

  /** Index terms all the {@code prefix*} words of a query share (per text field). */
  static final int MAX_EXPANSIONS = 256;

  /** Index terms one {@code prefix*} may expand to (the most frequent win). */
  static final int MAX_EXPANSIONS_PER_WORD = 64;

  /**
   * Distinct term lookups after synonyms and prefix expansion, each word counted once per text
   * field it is searched in (see {@link QueryCost}).
   */
  static final int MAX_CLAUSES = 1_024;

  /**
   * From this many clauses on, counted once prefixes are expanded against the index, a query runs
   * only holding one of the expensive-query permits.
   */
  static final int EXPENSIVE_CLAUSES = 100;

  /** Unknown words a "did you mean" looks up; each is a fuzzy walk of the term dictionary. */
  static final int MAX_SUGGESTED_WORDS = 8;

  /** Sent with the 503 when no expensive-query permit came in time. */
  static final Duration BUSY_RETRY_AFTER = Duration.ofSeconds(2);

  /** Defaults of the configurable limits, as text for {@code @DefaultValue}. */
  static final String DEFAULT_TIME_BUDGET = "500ms";

  static final String DEFAULT_EXPENSIVE_WAIT = "1s";

  QueryLimits {
    if (!timeBudget.isPositive() || expensiveWait.isNegative()) {
      throw new IllegalArgumentException(
          "query-time-budget must be positive and expensive-query-wait not negative");
    }
    if (expensiveConcurrency <= 0) {
      // half the cores: cheap queries always find a core free
      expensiveConcurrency = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }
  }

  static QueryLimits defaults() {
    return new QueryLimits(
        DurationStyle.detectAndParse(DEFAULT_TIME_BUDGET),
        0,
        DurationStyle.detectAndParse(DEFAULT_EXPENSIVE_WAIT));
  }

  static QueryLimits of(SearchProperties.Search search) {
    return new QueryLimits(
        search.queryTimeBudget(), search.expensiveQueries(), search.expensiveQueryWait());
  }

  /**
   * How many index terms each of {@code wildcards} prefix words may expand to: they share {@link
   * #MAX_EXPANSIONS}, at most {@link #MAX_EXPANSIONS_PER_WORD} each, at least one.
   */
  static int expansionsPerWord(int wildcards) {
    return Math.clamp(MAX_EXPANSIONS / Math.max(1, wildcards), 1, MAX_EXPANSIONS_PER_WORD);
  }

  /** Checks length, page and size; the term count is checked by the tokenizer. */
  static void check(SearchQuery query) {
    String q = query.q();
    if (q != null && q.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException(
          "query is "
              + q.length()
              + " characters long; the limit is "
              + MAX_QUERY_CHARS
              + " characters");
    }
    if (query.page() < 0) {
      throw new InvalidQueryException("page must not be negative");
    }
    if (query.size() < 1 || query.size() > MAX_PAGE_SIZE) {
      throw new InvalidQueryException(
          "size must be between 1 and " + MAX_PAGE_SIZE + ", was " + query.size());
    }
    long depth = ((long) query.page() + 1) * query.size();
    if (depth > MAX_PAGE_DEPTH) {
      throw new InvalidQueryException(
          "page depth (page × size) is "
              + depth
              + "; the limit is "
              + MAX_PAGE_DEPTH
              + " results — narrow the query instead");
    }
  }

  /** Checks what the parsed query asks of the index: wildcard words and clauses. */
  static void check(ParsedQuery parsed, int clauses) {
    if (parsed.wildcards() > MAX_WILDCARD_WORDS) {
      throw new InvalidQueryException(
          "query has "
              + parsed.wildcards()
              + " words ending in *; the limit is "
              + MAX_WILDCARD_WORDS);
    }
    if (clauses > MAX_CLAUSES) {
      throw new InvalidQueryException(
          "query asks for "
              + clauses
              + " term lookups once synonyms and prefixes are expanded; the limit is "
              + MAX_CLAUSES
              + " — use fewer words or longer prefixes");
    }
  }
}
