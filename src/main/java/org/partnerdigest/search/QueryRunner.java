package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.io.IOException;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchResults.Hit;

/**
 * Runs one {@link SearchQuery} against a searcher: parsed text as the scored part, parameters as
 * filters, the {@link Ranking}'s official and recency boosts and relevance feedback (long queries)
 * for relevance order, facets over all matches, snippets and a spelling suggestion for the page.
 * Its work is bounded by {@link QueryLimits}: clauses counted before anything runs, expensive
 * queries through {@link ExpensiveQueries}, and a time budget on collecting matches, past which the
 * page is what was found so far, marked partial.
 */
final class QueryRunner {

  static final int SUGGEST_BELOW = 3;

  static {
    // Lucene counts every clause of the tree, repeats included (1,000 words × 3 fields); the
    // distinct work is bounded by QueryLimits
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16_384));
  }

  private final InstantSource clock;
  private final QueryLimits limits;
  final ExpensiveQueries expensive;
  private final SpellingSuggester suggester = new SpellingSuggester();

  QueryRunner(InstantSource clock, QueryLimits limits) {
    this.clock = clock;
    this.limits = limits;
    this.expensive = new ExpensiveQueries(limits);
  }

  /**
   * @throws InvalidQueryException beyond a limit of {@link QueryLimits}
   * @throws SearchBusyException when an expensive query found no permit in time
   */
  SearchResults run(IndexSearcher shared, SearchCatalog catalog, SearchQuery request)
      throws IOException {
    long started = System.nanoTime();
    ParsedQuery parsed = catalog.parser().parse(request.q());
    // the estimate decides what is refused: the same text always gets the same answer
    QueryLimits.check(parsed, parsed.matchesAll() ? 0 : QueryCost.clauses(parsed.query()));
    // a searcher of our own: the timeout and its "timed out" flag belong to one search
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setQueryCache(shared.getQueryCache());
    searcher.setQueryCachingPolicy(shared.getQueryCachingPolicy());
    Query text = parsed.matchesAll() ? null : rewrite(searcher, parsed.query());
    // the terms prefixes really expanded to decide what is expensive: renew* alone is cheap
    if (text != null && QueryCost.clauses(text) >= QueryLimits.EXPENSIVE_CLAUSES) {
      return expensive.run(() -> answer(searcher, catalog, parsed, text, request, started));
    }
    return answer(searcher, catalog, parsed, text, request, started);
  }

  private SearchResults answer(
      IndexSearcher searcher,
      SearchCatalog catalog,
      ParsedQuery parsed,
      Query text,
      SearchQuery request,
      long started)
      throws IOException {
    boolean byRelevance = request.sort() != SearchQuery.Sort.DATE && text != null;
    Ranking ranking = catalog.ranking();
    Deadline deadline = new Deadline(System.nanoTime() + limits.timeBudget().toNanos());
    searcher.setTimeout(deadline);
    Query query =
        query(ranking, request, parsed, text == null ? new MatchAllDocsQuery() : text, byRelevance);
    if (byRelevance) {
      // words the best hits share lend weight; within the same time budget
      Query expanded = catalog.feedback().expand(searcher, parsed, text, query);
      if (expanded != text) {
        query = query(ranking, request, parsed, expanded, true);
      }
    }
    Sort sort =
        byRelevance
            ? new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true))
            : new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    int want = (request.page() + 1) * request.size();
    // the best hits first: with no exact count asked of it, Lucene skips matches that cannot
    // reach the page (block-max WAND, or the date order's points)
    TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, want, null, want));
    boolean partial = searcher.timedOut();
    // then every match, unscored and unboosted, for the total and the facets (unless the budget
    // is spent: the page is then all there is, and it is marked partial)
    FacetCounter.Counted counted =
        partial
            ? FacetCounter.NOTHING
            : searcher.search(
                query(
                    ranking, request, parsed, text == null ? new MatchAllDocsQuery() : text, false),
                new FacetCounter());
    partial |= searcher.timedOut();
    int from = Math.min(request.page() * request.size(), top.scoreDocs.length);
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    String[] snippets = Snippets.of(searcher, catalog.analyzer(), text, page, deadline);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(IndexedEntries.of(searcher, page[i].doc), snippets[i]));
    }
    // cut short, the count may have stopped before reaching every hit the page shows
    long total = partial ? Math.max(counted.total(), top.totalHits.value()) : counted.total();
    String suggestion =
        !partial && total < SUGGEST_BELOW && !parsed.words().isEmpty()
            ? suggester.suggest(searcher.getIndexReader(), request.q(), parsed.words())
            : null;
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new SearchResults(total, tookMs, hits, counted.facets(), suggestion, partial);
  }

  private static Query rewrite(IndexSearcher searcher, Query query) throws IOException {
    try {
      return searcher.rewrite(query);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "query expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " clauses; use fewer or longer prefixes");
    }
  }

  /** The text, boosted for relevance order, within the filters of the request. */
  private Query query(
      Ranking ranking, SearchQuery request, ParsedQuery parsed, Query text, boolean byRelevance) {
    Query scored = byRelevance ? ranking.boosted(text, clock.millis()) : text;
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(scored, Occur.MUST);
    filters(request).forEach(f -> builder.add(f, Occur.FILTER));
    // asking for one feed shows its own copies, even those folded under another feed's
    if (request.feed() == null && !parsed.filtersOnFeed()) {
      builder.add(new TermQuery(new Term(PRIMARY, "false")), Occur.MUST_NOT);
    }
    return builder.build();
  }

  private static List<Query> filters(SearchQuery request) {
    List<Query> filters = new ArrayList<>();
    keyword(filters, FEED, request.feed());
    keyword(filters, GROUP, request.group());
    keyword(filters, TOPIC, request.topic());
    if (request.author() != null && !request.author().isBlank()) {
      filters.add(new TermQuery(new Term(AUTHOR_KEY, Keywords.normalize(request.author()))));
    }
    LocalDate from = request.from();
    LocalDate to = request.to();
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidQueryException("from (" + from + ") is after to (" + to + ")");
    }
    if (from != null || to != null) {
      long lower =
          from == null
              ? Long.MIN_VALUE
              : from.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
      long upper =
          to == null
              ? Long.MAX_VALUE
              : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli() - 1;
      filters.add(LongPoint.newRangeQuery(PUBLISHED, lower, upper));
    }
    return filters;
  }

  private static void keyword(List<Query> filters, String field, String value) {
    if (value != null && !value.isBlank()) {
      filters.add(new TermQuery(new Term(field, Keywords.normalize(value))));
    }
  }

  static Hit hit(IndexedEntry entry, String snippet) {
    return new Hit(
        entry.id(),
        entry.title(),
        entry.link(),
        new FeedRef(entry.feedKey(), entry.feedTitle()),
        entry.author(),
        entry.published(),
        snippet,
        entry.topics(),
        entry.alsoIn());
  }
}
