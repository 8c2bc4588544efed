package org.partnerdigest.search;

/** The documented limits on a query; beyond them the API answers 400 naming the limit. */
final class QueryLimits {

  static final int MAX_QUERY_CHARS = 4_000;
  static final int MAX_TERMS = 1_000;
  static final int MAX_PAGE_DEPTH = 10_000;
  static final int MAX_PAGE_SIZE = 100;

  private QueryLimits() {}

  /** Checks length, page and size; the term count is checked by the parser. */
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
      throw new InvalidQueryException("size must be between 1 and " + MAX_PAGE_SIZE);
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
}
