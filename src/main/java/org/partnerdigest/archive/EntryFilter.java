package org.partnerdigest.archive;

/**
 * Which archived entries an editor wants to see; tombstones are never listed.
 *
 * @param feedKey only this feed's entries, or {@code null} for every feed
 * @param state which editor flags the entries must carry
 */
public record EntryFilter(String feedKey, State state) {

  public EntryFilter {
    feedKey = feedKey == null || feedKey.isBlank() ? null : feedKey;
    state = state == null ? State.ALL : state;
  }

  /** Editor-flag states to filter by. */
  public enum State {
    /** Every live entry, hidden or not. */
    ALL,
    /** Entries readers see. */
    VISIBLE,
    HIDDEN,
    PINNED
  }
}
