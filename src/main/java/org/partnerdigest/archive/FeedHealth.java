package org.partnerdigest.archive;

import org.partnerdigest.catalog.FeedProfile;

/**
 * One catalog feed joined with its fetch state: what editors and {@code /api/feeds} see.
 *
 * @param state the feed's fetch state ({@link FeedState#fresh} before the first fetch)
 * @param entryCount how many live (not purged) entries the archive holds for the feed
 * @param activity how it has been posting: entries per week, its usual rhythm
 */
public record FeedHealth(
    FeedProfile profile, FeedState state, long entryCount, FeedActivity activity) {

  public FeedHealth(FeedProfile profile, FeedState state, long entryCount) {
    this(profile, state, entryCount, FeedActivity.none());
  }

  public String key() {
    return profile.key();
  }

  /** The editor's title, else the feed's own title from its last fetch, else its key. */
  public String title() {
    return profile.displayTitle(state.self().title());
  }

  public FeedStatus status() {
    return state.status();
  }
}
