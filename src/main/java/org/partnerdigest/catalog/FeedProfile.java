package org.partnerdigest.catalog;

import java.util.List;

/**
 * Everything the other modules need to know about one feed of the catalog, decided here once: its
 * display title, group, tier and whether it is a bundled sample.
 *
 * @param group the feed's group, or {@code null} when it has none
 */
public record FeedProfile(FeedSource source, Group group) {

  /** A feed key that the catalog does not (or no longer) list: no title, group or URL. */
  public static FeedProfile unlisted(String feedKey) {
    return new FeedProfile(new FeedSource(feedKey, null, null, null, List.of(), false, null), null);
  }

  public String key() {
    return source.key();
  }

  /** The editor's title, else the feed's key: what pages, facets and Atom outputs show. */
  public String displayTitle() {
    return displayTitle(null);
  }

  /**
   * The editor's title, else the title the feed gives itself (when the caller knows it from a
   * fetch), else the feed's key.
   */
  public String displayTitle(String ownTitle) {
    if (source.title() != null) {
      return source.title();
    }
    return ownTitle != null && !ownTitle.isBlank() ? ownTitle : source.key();
  }

  /** True when the feed's group is of the official tier (it ranks a little higher). */
  public boolean official() {
    return group != null && group.tier() == Group.Tier.OFFICIAL;
  }

  public String groupKey() {
    return group == null ? null : group.key();
  }

  public String groupTitle() {
    return group == null ? null : group.title();
  }

  /** True for a {@link BundledSamples} feed. */
  public boolean sample() {
    return source.url() != null && BundledSamples.isSample(source.url());
  }
}
