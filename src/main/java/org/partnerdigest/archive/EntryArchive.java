package org.partnerdigest.archive;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The entry archive, the source of truth: every entry ever stored, with its {@code seq}. Readers
 * (the search indexer) tail it by {@code seq}.
 */
public interface EntryArchive {

  /**
   * Entries whose {@code seq} is greater than {@code afterSeq}, in {@code seq} order. Hidden and
   * deleted (tombstoned) entries are included so that readers can drop them.
   */
  List<ArchivedEntry> changesAfter(long afterSeq, int limit);

  /** The highest {@code seq} handed out so far, 0 when the archive is empty. */
  long lastSeq();

  /** The entry with this id, tombstones and hidden entries included. */
  Optional<ArchivedEntry> find(String id);

  /**
   * The newest visible entries (neither hidden nor deleted), newest first by published date (first
   * seen when a feed gives none).
   */
  List<ArchivedEntry> latest(int limit);

  /**
   * Editor flag; a change takes a new {@code seq} so the index follows.
   *
   * @return false when no entry has this id
   */
  boolean setHidden(String id, boolean hidden);

  /**
   * Visible entries (neither hidden nor deleted) first stored after {@code afterExclusive} and up
   * to {@code toInclusive}, oldest first, with their flags (pinned, the pin note): what one digest
   * edition covers.
   */
  List<ArchivedEntry> firstSeenBetween(Instant afterExclusive, Instant toInclusive);

  /**
   * Editor flag; a change takes a new {@code seq}. Pinned entries are never purged by retention.
   * Clears the pin note.
   *
   * @return false when no entry has this id
   */
  boolean setPinned(String id, boolean pinned);

  /**
   * Pins (with the editor's note, shown with the entry in the digest) or unpins (the note is
   * cleared); a change takes a new {@code seq}.
   *
   * @param note the editor's note, or {@code null}
   * @return false when no entry has this id
   * @throws IllegalArgumentException when the note is longer than {@link #MAX_PIN_NOTE}
   */
  boolean setPinned(String id, boolean pinned, String note);

  /** The longest pin note the archive keeps, in characters (after stripping). */
  int MAX_PIN_NOTE = 500;
}
