package org.partnerdigest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchResults;
import org.partnerdigest.search.SearchResults.FacetCount;
import org.partnerdigest.web.SearchPageView.Correction;
import org.partnerdigest.web.SearchPageView.FacetGroup;
import org.partnerdigest.web.SearchPageView.Pagination;
import org.springframework.stereotype.Component;

/** Builds the search page: results, facet links that add or remove a filter, sort and pages. */
@Component
class SearchPage {

  /** The search module refuses to page deeper than this many results. */
  private static final int MAX_DEPTH = 10_000;

  private static final int PAGES_AROUND = 2;

  private final HitViews hitViews;
  private final SourceDirectory sources;
  private final TopicDirectory topics;

  SearchPage(HitViews hitViews, SourceDirectory sources, TopicDirectory topics) {
    this.hitViews = hitViews;
    this.sources = sources;
    this.topics = topics;
  }

  static SearchPageView notSearched(SearchParameters p, String error) {
    return new SearchPageView(
        p,
        error,
        false,
        0,
        0,
        List.of(),
        List.of(),
        List.of(),
        Pagination.none(),
        null,
        null,
        null);
  }

  SearchPageView of(SearchParameters p, SearchQuery query, SearchResults results) {
    var sorts =
        List.of(
            LinkView.of(
                "Relevance",
                SearchLinks.search(p.withSort(null)),
                query.sort() == SearchQuery.Sort.RELEVANCE),
            LinkView.of(
                "Newest first",
                SearchLinks.search(p.withSort("date")),
                query.sort() == SearchQuery.Sort.DATE));
    Correction correction =
        results.correctedQuery() == null
            ? null
            : new Correction(
                LinkView.of(
                    results.correctedQuery(),
                    SearchLinks.search(p.withText(results.correctedQuery())),
                    false),
                LinkView.of(p.q(), SearchLinks.search(p.asTyped()), false));
    LinkView suggestion =
        results.suggestion() == null || correction != null
            ? null
            : LinkView.of(
                results.suggestion(),
                SearchLinks.search(SearchParameters.of(results.suggestion())),
                false);
    return new SearchPageView(
        p,
        null,
        true,
        results.total(),
        results.tookMs(),
        results.hits().stream().map(hitViews::of).toList(),
        facets(p, results.facets()),
        sorts,
        pagination(p, query, results.total()),
        suggestion,
        correction,
        "/search.atom" + SearchLinks.query(p.withPage(1)));
  }

  private List<FacetGroup> facets(SearchParameters p, Map<String, List<FacetCount>> facets) {
    List<FacetGroup> groups = new ArrayList<>();
    groups.add(facet(p, facets, "topic", "Topic", p.topic(), topics::title));
    groups.add(facet(p, facets, "feed", "Source", p.feed(), sources::title));
    groups.add(facet(p, facets, "group", "Group", p.group(), sources::groupTitle));
    groups.add(facet(p, facets, "year", "Year", p.year(), UnaryOperator.identity()));
    return groups.stream().filter(g -> !g.values().isEmpty()).toList();
  }

  private static FacetGroup facet(
      SearchParameters p,
      Map<String, List<FacetCount>> facets,
      String name,
      String label,
      String selected,
      UnaryOperator<String> title) {
    List<LinkView> values =
        facets.getOrDefault(name, List.of()).stream()
            .map(
                value -> {
                  boolean active = Objects.equals(value.value(), selected);
                  String href =
                      SearchLinks.search(p.withFilter(name, active ? null : value.value()));
                  return new LinkView(title.apply(value.value()), href, value.count(), active);
                })
            .toList();
    return new FacetGroup(name, label, values);
  }

  private static Pagination pagination(SearchParameters p, SearchQuery query, long total) {
    int size = query.size();
    long reachable = Math.min(total, MAX_DEPTH);
    int last = (int) Math.max(1, (reachable + size - 1) / size);
    int current = query.page() + 1;
    if (last <= 1 && current == 1) {
      return Pagination.none();
    }
    List<LinkView> pages = new ArrayList<>();
    for (int n = Math.max(1, current - PAGES_AROUND);
        n <= Math.min(last, current + PAGES_AROUND);
        n++) {
      pages.add(LinkView.of(String.valueOf(n), SearchLinks.search(p.withPage(n)), n == current));
    }
    LinkView previous =
        current > 1
            ? LinkView.of("Previous", SearchLinks.search(p.withPage(current - 1)), false)
            : null;
    LinkView next =
        current < last
            ? LinkView.of("Next", SearchLinks.search(p.withPage(current + 1)), false)
            : null;
    return new Pagination(previous, pages, next);
  }
}
