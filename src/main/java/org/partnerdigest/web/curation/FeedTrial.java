package org.partnerdigest.web.curation;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedImport;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.content.FeedDocument;
import org.partnerdigest.content.FeedParseException;
import org.partnerdigest.content.FeedParser;
import org.partnerdigest.content.ParsedEntry;
import org.partnerdigest.content.ParsedFeed;
import org.partnerdigest.crawl.FeedFetcher;
import org.partnerdigest.crawl.FetchOutcome;
import org.springframework.stereotype.Component;

/**
 * Tries a site or feed URL for an editor without storing anything: fetches it with the crawler's
 * fetcher (same limits, same private-address guard), follows an HTML page's feed link
 * (autodiscovery), parses the feed and previews what adding it would bring.
 */
@Component
class FeedTrial {

  static final int PREVIEW_ENTRIES = 5;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final FeedFetcher fetcher;
  private final FeedParser parser = new FeedParser();
  private final CatalogService catalog;

  FeedTrial(FeedFetcher fetcher, CatalogService catalog) {
    this.fetcher = fetcher;
    this.catalog = catalog;
  }

  TrialResult attempt(String input) {
    String typed = input == null ? "" : input.strip();
    URI url;
    try {
      url = address(typed);
    } catch (IllegalArgumentException e) {
      return TrialResult.failed(typed, e.getMessage());
    }
    Attempt first = fetchAndParse(url);
    if (first.feed != null) {
      return preview(typed, first);
    }
    if (first.discovered.isEmpty()) {
      return TrialResult.failed(typed, first.error);
    }
    URI link = first.discovered.getFirst();
    Attempt second = fetchAndParse(link);
    TrialResult result =
        second.feed != null
            ? preview(typed, second)
            : TrialResult.failed(
                typed, "the page links to the feed " + link + ", but it failed: " + second.error);
    return result.foundOn(url, first.discovered);
  }

  /** What the editor typed as an http(s) URL; "example.com/blog" means https://example.com/blog. */
  static URI address(String typed) {
    if (typed.isEmpty()) {
      throw new IllegalArgumentException("type the address of a site or a feed");
    }
    String text = typed.matches("(?i)^[a-z][a-z0-9+.-]*://.*") ? typed : "https://" + typed;
    URI url;
    try {
      url = new URI(text);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("not a valid URL: " + e.getMessage());
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new IllegalArgumentException(
          "only http(s) addresses can be tried, not " + scheme + ":");
    }
    if (url.getHost() == null || url.getHost().isBlank()) {
      throw new IllegalArgumentException("not a valid URL: '" + typed + "' has no host name");
    }
    return url;
  }

  /** One fetch and parse: a feed, or an error and the feed links of an HTML page. */
  private record Attempt(
      URI url, FetchOutcome.Fetched fetched, ParsedFeed feed, String error, List<URI> discovered) {}

  private Attempt fetchAndParse(URI url) {
    FetchOutcome outcome = fetcher.fetch(url, null, null);
    if (!(outcome instanceof FetchOutcome.Fetched fetched)) {
      return new Attempt(url, null, null, message(outcome), List.of());
    }
    try {
      var document =
          new FeedDocument(fetched.body(), fetched.contentType(), fetched.finalUrl(), "preview");
      return new Attempt(url, fetched, parser.parse(document), null, List.of());
    } catch (FeedParseException e) {
      return new Attempt(url, fetched, null, e.getMessage(), e.discoveredFeeds());
    } catch (RuntimeException e) {
      return new Attempt(url, fetched, null, "could not parse: " + e.getMessage(), List.of());
    }
  }

  private static String message(FetchOutcome outcome) {
    return switch (outcome) {
      case FetchOutcome.Failed f -> f.message();
      case FetchOutcome.Gone g -> g.message();
      case FetchOutcome.RateLimited r -> r.message();
      case FetchOutcome.NotModified n -> "HTTP 304 Not Modified";
      case FetchOutcome.Fetched f -> "fetched";
    };
  }

  private TrialResult preview(String typed, Attempt attempt) {
    ParsedFeed feed = attempt.feed;
    URI moved = attempt.fetched.movedTo();
    URI feedUrl = moved != null ? moved : attempt.url;
    List<String> warnings = new ArrayList<>();
    if (moved != null) {
      warnings.add("moved permanently to " + moved + ": add the new address (filled in below)");
    }
    if (feed.recovered()) {
      warnings.add(
          "recovered from malformed XML: the feed is not well-formed, so entries may be incomplete");
    }
    long undated = feed.entries().stream().filter(e -> date(e) == null).count();
    if (feed.entries().isEmpty()) {
      warnings.add("no entries: the feed is empty for now");
    } else if (undated == feed.entries().size()) {
      warnings.add("no dates: entries will be ordered by when they were first seen");
    } else if (undated > 0) {
      warnings.add("no dates on " + undated + " of " + feed.entries().size() + " entries");
    }
    var current = catalog.current();
    String listedAs = FeedImport.listedAs(current, feedUrl.toString()).orElse(null);
    if (listedAs != null) {
      warnings.add("already listed as '" + listedAs + "'");
    }
    var taken = new HashSet<>(current.feeds().stream().map(FeedSource::key).toList());
    String title = feed.feed().title();
    var latest =
        feed.entries().stream()
            .sorted(
                Comparator.comparing(
                    FeedTrial::date, Comparator.nullsLast(Comparator.reverseOrder())))
            .limit(PREVIEW_ENTRIES)
            .map(FeedTrial::entry)
            .toList();
    return new TrialResult(
        typed,
        new FeedPreview(
            feedUrl,
            title,
            feed.feed().link(),
            feed.format(),
            feed.entries().size(),
            latest,
            warnings,
            FeedImport.key(title, feedUrl.toString(), taken),
            listedAs),
        null,
        null,
        null,
        List.of());
  }

  /** Only http(s) links become links on the page. */
  private static String safeLink(String link) {
    return link != null && link.matches("(?i)^https?://.*") ? link : null;
  }

  private static Instant date(ParsedEntry e) {
    return e.published() != null ? e.published() : e.updated();
  }

  private static FeedPreview.Entry entry(ParsedEntry e) {
    Instant date = date(e);
    return new FeedPreview.Entry(
        e.title() == null || e.title().isBlank() ? "(untitled)" : e.title(),
        safeLink(e.link()),
        date == null ? null : DATE.format(date),
        e.author(),
        e.excerpt());
  }
}
