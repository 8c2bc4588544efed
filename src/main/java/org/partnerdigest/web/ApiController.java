package org.partnerdigest.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.content.EntryNote;
import org.partnerdigest.search.IndexedEntry;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchResults;
import org.partnerdigest.search.SearchResults.FacetCount;
import org.partnerdigest.search.SearchService;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The JSON API, in the shapes DESIGN.md fixes; failures become problem details in ApiProblems. */
@RestController
@RequestMapping("/api")
class ApiController {

  private static final List<String> FACETS = List.of("feed", "topic", "group", "year");

  private final SearchService search;
  private final SourceDirectory sources;
  private final TopicDirectory topics;
  private final EntryArchive archive;
  private final EntryPage entryPage;

  ApiController(
      SearchService search,
      SourceDirectory sources,
      TopicDirectory topics,
      EntryArchive archive,
      EntryPage entryPage) {
    this.search = search;
    this.sources = sources;
    this.topics = topics;
    this.archive = archive;
    this.entryPage = entryPage;
  }

  @GetMapping("/search")
  @Operation(
      summary = "Search the archive",
      description =
          "Query syntax, ranking, facets and limits: docs/search.md. `page` starts at 1, `size` is"
              + " 1-100 (default 20); a bad parameter is a 400 problem detail naming it. A query"
              + " that finds nothing is answered with its spelling suggestion's results"
              + " (`correctedQuery`) unless `verbatim=true`.")
  SearchResults search(@ParameterObject SearchParameters parameters) {
    SearchQuery query = parameters.toQuery();
    return withEveryFacet(search.searchAsked(query, parameters.isVerbatim()));
  }

  @GetMapping("/entries/{id}")
  @Operation(summary = "One entry, with its quality notes; 404 when it is not indexed")
  EntryView entry(@PathVariable String id) {
    var entry =
        search
            .entry(id)
            .orElseThrow(() -> new NotFoundException("There is no entry with id '" + id + "'."));
    List<String> notes =
        archive.find(id).map(a -> a.entry().notes()).stream()
            .flatMap(Collection::stream)
            .map(EntryNote::key)
            .toList();
    return new EntryView(entry, notes);
  }

  /**
   * The related posts of an entry, best first, each in the shape of {@code /api/entries/{id}}
   * without its notes; 404 for an unknown or hidden entry, 400 for a malformed id.
   */
  @GetMapping("/entries/{id}/related")
  @Operation(
      summary = "Related posts of an entry",
      description =
          "Up to 5 entries about the same thing (MoreLikeThis), duplicates folded, never the"
              + " entry itself; 404 for an unknown or hidden entry, 400 for a malformed id.")
  List<IndexedEntry> related(@PathVariable String id) {
    if (entryPage.visible(EntryIdParameter.checked(id)).isEmpty()) {
      throw new NotFoundException("There is no entry with id '" + id + "'.");
    }
    return entryPage.related(id);
  }

  @GetMapping("/feeds")
  @Operation(summary = "The sources with their health")
  List<SourceView> feeds() {
    return sources.all();
  }

  @GetMapping("/topics")
  @Operation(summary = "The editors' topics")
  List<TopicView> topics() {
    return topics.all();
  }

  /** Clients may rely on all four facet keys being present, in a stable order. */
  private static SearchResults withEveryFacet(SearchResults results) {
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String name : FACETS) {
      facets.put(name, results.facets().getOrDefault(name, List.of()));
    }
    return new SearchResults(
        results.total(),
        results.tookMs(),
        results.hits(),
        facets,
        results.suggestion(),
        results.correctedQuery(),
        results.partial());
  }
}
