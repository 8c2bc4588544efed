package org.partnerdigest.catalog;

import java.util.List;
import java.util.Optional;

/**
 * A validated {@code feeds.yml}: the sources editors curate, the groups they belong to, the topics
 * entries are tagged with and the synonyms applied at query time.
 */
public record Catalog(
    List<Group> groups, List<FeedSource> feeds, List<Topic> topics, List<SynonymSet> synonyms) {

  public Catalog {
    groups = List.copyOf(groups);
    feeds = List.copyOf(feeds);
    topics = List.copyOf(topics);
    synonyms = List.copyOf(synonyms);
  }

  public static Catalog empty() {
    return new Catalog(List.of(), List.of(), List.of(), List.of());
  }

  public Optional<FeedSource> feed(String key) {
    return feeds.stream().filter(f -> f.key().equals(key)).findFirst();
  }

  /** The feed's profile (title, group, tier); empty for a key the catalog does not list. */
  public Optional<FeedProfile> profile(String feedKey) {
    return feed(feedKey).map(this::profile);
  }

  /** Every feed's profile, in catalog order. */
  public List<FeedProfile> profiles() {
    return feeds.stream().map(this::profile).toList();
  }

  private FeedProfile profile(FeedSource source) {
    return new FeedProfile(
        source, source.group() == null ? null : group(source.group()).orElse(null));
  }

  public Optional<Group> group(String key) {
    return groups.stream().filter(g -> g.key().equals(key)).findFirst();
  }

  public Optional<Topic> topic(String key) {
    return topics.stream().filter(t -> t.key().equals(key)).findFirst();
  }
}
