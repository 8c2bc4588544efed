package org.partnerdigest.web;

import java.util.List;
import org.partnerdigest.archive.FeedDirectory;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedProfile;
import org.springframework.stereotype.Component;

/** The catalog's sources as the site and the API list them, and per-feed lookups for pages. */
@Component
class SourceDirectory {

  private final CatalogService catalog;
  private final FeedDirectory feedDirectory;

  SourceDirectory(CatalogService catalog, FeedDirectory feedDirectory) {
    this.catalog = catalog;
    this.feedDirectory = feedDirectory;
  }

  List<SourceView> all() {
    return feedDirectory.all().stream().map(SourceView::of).toList();
  }

  /** The feed's display title (its key when the catalog no longer lists it). */
  String title(String feedKey) {
    return profile(feedKey).displayTitle();
  }

  /** True when the feed belongs to an official-tier group. */
  boolean official(String feedKey) {
    return profile(feedKey).official();
  }

  /** A group's title for facet labels (its key when the catalog no longer lists it). */
  String groupTitle(String groupKey) {
    return catalog.current().group(groupKey).map(g -> g.title()).orElse(groupKey);
  }

  private FeedProfile profile(String feedKey) {
    return catalog.current().profile(feedKey).orElseGet(() -> FeedProfile.unlisted(feedKey));
  }
}
