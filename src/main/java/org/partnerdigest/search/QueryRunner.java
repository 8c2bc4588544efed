package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.io.IOException;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
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
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.partnerdigest.search.SearchResults.FacetCount;
import org.partnerdigest.search.SearchResults.FeedRef;
import org.partnerdigest.search.SearchResults.Hit;

/**
 * Runs one {@link SearchQuery} against a searcher: parsed text as the scored part, parameters as
 * filters, official and recency boosts for relevance order, facets over all matches, snippets and a
 * spelling suggestion for the page.
 */
final class QueryRunner {

  /** Relevance factor for sources in an official-tier group. */
  static final float OFFICIAL_BOOST = 1.10f;

  static final int SUGGEST_BELOW = 3;

  static {
    // 1,000 user terms × three fields × synonyms fit; the parser bounds the rest
    IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16_384));
  }

  private final InstantSource clock;
  private final SpellingSuggester suggester = new SpellingSuggester();

  QueryRunner(InstantSource clock) {
    this.clock = clock;
  }

  SearchResults run(IndexSearcher searcher, SearchCatalog catalog, SearchQuery request)
      throws IOException {
    long started = System.nanoTime();
    ParsedQuery parsed = catalog.parser().parse(request.q());
    Query text = parsed.matchesAll() ? new MatchAllDocsQuery() : parsed.query();
    boolean byRelevance = request.sort() != SearchQuery.Sort.DATE && !parsed.matchesAll();
    Query scored =
        byRelevance
            ? FunctionScoreQuery.boostByValue(
                FunctionScoreQuery.boostByQuery(
                    text, new TermQuery(new Term(TIER, "OFFICIAL")), OFFICIAL_BOOST),
                new RecencyBoost(clock.millis()))
            : text;
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(scored, Occur.MUST);
    filters(request).forEach(f -> builder.add(f, Occur.FILTER));
    if (request.feed() == null && !mentionsFeed(request.q())) {
      builder.add(new TermQuery(new Term(PRIMARY, "false")), Occur.MUST_NOT);
    }
    Query query = builder.build();
    Sort sort =
        byRelevance
            ? new Sort(SortField.FIELD_SCORE, new SortField(PUBLISHED, SortField.Type.LONG, true))
            : new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true), SortField.FIELD_SCORE);
    int want = (request.page() + 1) * request.size();
    TopDocs top;
    Map<String, List<FacetCount>> facets;
    try {
      top =
          searcher.search(query, new TopFieldCollectorManager(sort, want, null, Integer.MAX_VALUE));
      facets = searcher.search(query, new FacetCounter());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(
          "query expands to more than "
              + IndexSearcher.getMaxClauseCount()
              + " clauses; use fewer or longer prefixes");
    }
    int from = Math.min(request.page() * request.size(), top.scoreDocs.length);
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
    String[] snippets = snippets(searcher, parsed, page);
    List<Hit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      hits.add(hit(searcher.storedFields().document(page[i].doc), snippets[i]));
    }
    long total = top.totalHits.value();
    String suggestion =
        total < SUGGEST_BELOW && !parsed.words().isEmpty()
            ? suggester.suggest(searcher.getIndexReader(), request.q(), parsed.words())
            : null;
    long tookMs = (System.nanoTime() - started) / 1_000_000;
    return new SearchResults(total, tookMs, hits, facets, suggestion);
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

  /** A {@code feed:} filter in the text asks for that feed's copies, duplicates included. */
  private static boolean mentionsFeed(String q) {
    return q != null && q.toLowerCase(java.util.Locale.ROOT).contains("feed:");
  }

  private static String[] snippets(IndexSearcher searcher, ParsedQuery parsed, ScoreDoc[] page)
      throws IOException {
    String[] snippets = new String[page.length];
    if (!parsed.matchesAll() && page.length > 0) {
      UnifiedHighlighter highlighter =
          UnifiedHighlighter.builder(searcher, LiveIndex.analyzer())
              .withFormatter(new MarkFormatter())
              .withMaxLength(20_000)
              .withHighlightPhrasesStrictly(true)
              .build();
      int[] docs = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
      Map<String, String[]> byField =
          highlighter.highlightFields(new String[] {BODY}, parsed.query(), docs, new int[] {2});
      String[] body = byField.get(BODY);
      System.arraycopy(body, 0, snippets, 0, page.length);
    }
    for (int i = 0; i < page.length; i++) {
      if (snippets[i] == null || snippets[i].isBlank()) {
        snippets[i] =
            MarkFormatter.escape(searcher.storedFields().document(page[i].doc).get(EXCERPT));
      }
    }
    return snippets;
  }

  static Hit hit(Document doc, String snippet) {
    IndexedEntry entry = IndexedEntries.of(doc);
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
