package org.partnerdigest.search;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.catalog.Group;
import org.partnerdigest.catalog.SynonymSet;
import org.partnerdigest.catalog.Topic;
import org.partnerdigest.search.SearchQuery.Sort;

/**
 * A real index in a temporary directory over a {@link MemoryArchive}, without Spring: the same
 * {@link SearchIndex} and {@link SearchService} the application wires.
 */
final class SearchFixture implements AutoCloseable {

  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

  /**
   * Limits whose time budget and permit wait no loaded test machine reaches: tests about what is
   * found must not find less because the machine is slow. The defaults are tested on their own.
   */
  static final QueryLimits UNHURRIED =
      new QueryLimits(Duration.ofMinutes(1), 0, Duration.ofMinutes(1));

  final MemoryArchive archive;
  final SearchIndex index;
  final SearchService service;

  SearchFixture(Path dataDir, Catalog catalog) {
    this(dataDir, catalog, new MemoryArchive());
  }

  SearchFixture(Path dataDir, Catalog catalog, MemoryArchive archive) {
    this(dataDir, catalog, archive, Ranking.DEFAULT);
  }

  /** An index ranking with another configuration (the ablation). */
  SearchFixture(Path dataDir, Catalog catalog, MemoryArchive archive, Ranking ranking) {
    this.archive = archive;
    SearchProperties properties =
        new SearchProperties(
            dataDir,
            new SearchProperties.Search(
                Duration.ofMillis(200),
                Duration.ofMillis(100),
                100,
                true,
                Duration.ofMillis(500),
                0,
                Duration.ofSeconds(1)));
    index = new SearchIndex(properties, archive, catalog, InstantSource.fixed(NOW), ranking);
    index.start();
    service = service(UNHURRIED);
  }

  /** Another service over the same index, with other limits. */
  SearchService service(QueryLimits limits) {
    return new SearchService(index, InstantSource.fixed(NOW), limits);
  }

  /** Official Microsoft feed, community blog, and the program's synonyms and two topics. */
  static Catalog partnerCatalog() {
    return partnerCatalog(
        List.of(new Topic("renewals", "Renewals", "renew* OR renewal OR \"anniversary date\"")));
  }

  static Catalog partnerCatalog(List<Topic> topics) {
    return new Catalog(
        List.of(
            new Group("microsoft", "Microsoft", Group.Tier.OFFICIAL),
            new Group("community", "Community", Group.Tier.COMMUNITY)),
        List.of(
            feed("mpn-blog", "Microsoft Partner Blog", "microsoft"),
            feed("channel-guy", "Channel Guy", "community"),
            feed("other-blog", "Other Blog", "community")),
        topics,
        List.of(
            new SynonymSet(
                List.of(
                    "MPN",
                    "Microsoft Partner Network",
                    "Microsoft Cloud Partner Program",
                    "Microsoft AI Cloud Partner Program")),
            new SynonymSet(List.of("CSP", "Cloud Solution Provider"))));
  }

  private static FeedSource feed(String key, String title, String group) {
    return new FeedSource(
        key,
        URI.create("https://example.com/" + key + ".xml"),
        title,
        group,
        List.of(),
        true,
        null);
  }

  SearchFixture add(ArchivedEntry... entries) {
    for (ArchivedEntry entry : entries) {
      archive.store(entry);
    }
    return this;
  }

  /** Stores the entries and waits until they are searchable. */
  SearchFixture index(ArchivedEntry... entries) {
    add(entries);
    awaitIndexed();
    return this;
  }

  void awaitIndexed() {
    awaitIndexed(Duration.ofSeconds(20));
  }

  /** Waits up to {@code patience}: whole collections on a busy machine take longer. */
  void awaitIndexed(Duration patience) {
    if (!service.awaitCaughtUp(patience)) {
      throw new AssertionError("index did not catch up to seq " + archive.lastSeq());
    }
  }

  SearchResults search(String q) {
    return service.search(query(q));
  }

  static SearchQuery query(String q) {
    return new SearchQuery(q, null, null, null, null, null, null, Sort.RELEVANCE, 0, 10);
  }

  List<String> ids(String q) {
    return search(q).hits().stream().map(SearchResults.Hit::id).toList();
  }

  @Override
  public void close() {
    index.stop();
  }
}
