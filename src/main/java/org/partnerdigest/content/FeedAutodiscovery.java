package org.partnerdigest.content;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Finds the feeds an HTML page advertises with {@code <link rel="alternate" type="…">}. */
final class FeedAutodiscovery {

  private static final Set<String> FEED_TYPES =
      Set.of(
          "application/rss+xml",
          "application/atom+xml",
          "application/feed+json",
          "application/json",
          "application/rdf+xml");

  private FeedAutodiscovery() {}

  /** The exception to throw for an HTML page, naming the feed links it advertises. */
  static FeedParseException notAFeed(String html, URI page) {
    List<URI> found = discover(html, page);
    if (found.isEmpty()) {
      return new FeedParseException("HTML page, not a feed; no feed links found");
    }
    String names = String.join(", ", found.stream().map(URI::toString).toList());
    return new FeedParseException("HTML page, not a feed; feeds found: " + names, found);
  }

  static List<URI> discover(String html, URI page) {
    Document doc = Jsoup.parse(html, page == null ? "" : page.toString());
    Set<URI> found = new LinkedHashSet<>();
    for (Element link : doc.select("link[rel][type][href]")) {
      boolean alternate =
          List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("alternate");
      String type = link.attr("type").toLowerCase(Locale.ROOT).split(";")[0].strip();
      if (alternate && FEED_TYPES.contains(type)) {
        URI href = Links.uri(Links.web(link.attr("href"), page));
        if (href != null) {
          found.add(href);
        }
      }
    }
    return List.copyOf(found);
  }
}
