package org.partnerdigest.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.Group;
import org.partnerdigest.crawl.FeedHealth;
import org.partnerdigest.crawl.FeedStatus;
import org.springframework.stereotype.Component;

/** The catalog's sources joined with their health, as the site and the API list them. */
@Component
class SourceDirectory {

  private final CatalogService catalog;
  private final FeedHealth feedHealth;

  SourceDirectory(CatalogService catalog, FeedHealth feedHealth) {
    this.catalog = catalog;
    this.feedHealth = feedHealth;
  }

  List<SourceView> all() {
    Catalog current = catalog.current();
    Map<String, FeedStatus> health = health();
    return current.feeds().stream()
        .map(source -> SourceView.of(source, health.get(source.key()), current))
        .toList();
  }

  /** The title editors gave a feed (or its key when unknown), for facet labels and Atom. */
  String title(String feedKey) {
    return catalog.current().feed(feedKey).map(f -> f.title()).orElse(feedKey);
  }

  /** True when the feed belongs to an official-tier group. */
  boolean official(String feedKey) {
    Catalog current = catalog.current();
    return current
        .feed(feedKey)
        .flatMap(f -> Optional.ofNullable(f.group()))
        .flatMap(current::group)
        .map(g -> g.tier() == Group.Tier.OFFICIAL)
        .orElse(false);
  }

  String groupTitle(String groupKey) {
    return catalog.current().group(groupKey).map(Group::title).orElse(groupKey);
  }

  private Map<String, FeedStatus> health() {
    return feedHealth.all().stream()
        .collect(Collectors.toMap(FeedStatus::feedKey, Function.identity(), (a, b) -> a));
  }
}
