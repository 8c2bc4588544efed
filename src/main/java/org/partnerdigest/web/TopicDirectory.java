package org.partnerdigest.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.Topic;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchResults.FacetCount;
import org.partnerdigest.search.SearchService;
import org.springframework.stereotype.Component;

/**
 * The catalog's topics with how many entries carry each; the counts come from one match-all
 * search's topic facet, so listing topics costs one query, not one per topic.
 */
@Component
class TopicDirectory {

  private final CatalogService catalog;
  private final SearchService search;

  TopicDirectory(CatalogService catalog, SearchService search) {
    this.catalog = catalog;
    this.search = search;
  }

  List<TopicView> all() {
    Map<String, Long> counts = counts();
    return catalog.current().topics().stream()
        .map(t -> new TopicView(t.key(), t.title(), t.query(), counts.getOrDefault(t.key(), 0L)))
        .toList();
  }

  Optional<Topic> find(String key) {
    return catalog.current().topic(key);
  }

  String title(String key) {
    return find(key).map(Topic::title).orElse(key);
  }

  private Map<String, Long> counts() {
    var everything =
        search.search(
            new SearchQuery(null, null, null, null, null, null, null, SearchQuery.Sort.DATE, 0, 1));
    return everything.facets().getOrDefault("topic", List.of()).stream()
        .collect(Collectors.toMap(FacetCount::value, FacetCount::count, Long::sum));
  }
}
