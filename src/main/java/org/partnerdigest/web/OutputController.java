package org.partnerdigest.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.Topic;
import org.partnerdigest.search.SearchQuery;
import org.partnerdigest.search.SearchService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The outputs other tools consume: Atom feeds of everything, of a topic and of any search (a saved
 * search), and the sources as OPML.
 */
@RestController
class OutputController {

  static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
  static final MediaType OPML = MediaType.parseMediaType("text/x-opml;charset=UTF-8");
  private static final int FEED_SIZE = 50;

  private final SearchService search;
  private final CatalogService catalog;
  private final AtomFeedWriter atom;
  private final OpmlWriter opml;
  private final InstantSource clock;

  OutputController(
      SearchService search,
      CatalogService catalog,
      AtomFeedWriter atom,
      OpmlWriter opml,
      ObjectProvider<InstantSource> clock) {
    this.search = search;
    this.catalog = catalog;
    this.atom = atom;
    this.opml = opml;
    this.clock = clock.getIfUnique(InstantSource::system);
  }

  @GetMapping("/feed.atom")
  ResponseEntity<String> everything() {
    var hits = search.search(latest(null)).hits();
    return ok(ATOM, atom.write("Partner Digest", "/feed.atom", "/", hits, clock.instant()));
  }

  @GetMapping("/topics/{key}/feed.atom")
  ResponseEntity<String> topic(@PathVariable String key) {
    Topic topic =
        catalog
            .current()
            .topic(key)
            .orElseThrow(() -> new NotFoundException("There is no topic '" + key + "'."));
    var hits = search.search(latest(key)).hits();
    String page = "/topics/" + encode(key);
    return ok(
        ATOM,
        atom.write(
            "Partner Digest: " + topic.title(), page + "/feed.atom", page, hits, clock.instant()));
  }

  /** A saved search; newest first unless the subscriber asked for another sort. */
  @GetMapping("/search.atom")
  ResponseEntity<String> savedSearch(SearchParameters parameters) {
    SearchParameters feedParameters =
        parameters.sort() == null ? parameters.withSort("date") : parameters;
    SearchQuery asked = feedParameters.toQuery();
    // the same rule as the page: words that find nothing show their correction's results
    var results = parameters.isVerbatim() ? search.search(asked) : search.searchCorrected(asked);
    var hits = results.hits();
    String query = SearchLinks.query(parameters);
    String title = "Partner Digest search" + (parameters.q() == null ? "" : ": " + parameters.q());
    if (results.correctedQuery() != null) {
      title += " (showing results for " + results.correctedQuery() + ")";
    }
    return ok(
        ATOM, atom.write(title, "/search.atom" + query, "/search" + query, hits, clock.instant()));
  }

  @GetMapping("/opml.xml")
  ResponseEntity<String> opml() {
    return ok(OPML, opml.write(catalog.current(), clock.instant()));
  }

  private static SearchQuery latest(String topic) {
    return new SearchQuery(
        null, null, null, topic, null, null, null, SearchQuery.Sort.DATE, 0, FEED_SIZE);
  }

  private static ResponseEntity<String> ok(MediaType type, String body) {
    return ResponseEntity.ok().contentType(type).body(body);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
