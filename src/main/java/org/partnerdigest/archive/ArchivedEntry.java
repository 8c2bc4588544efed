package org.partnerdigest.archive;

import java.time.Instant;
import org.partnerdigest.content.ParsedEntry;

/**
 * An entry as kept in the archive: the parsed entry as it was last stored, plus what the archive
 * adds. {@code seq} is the archive's change counter: every insert or change of an entry takes a
 * new, strictly increasing value, so readers can tail the archive.
 *
 * @param firstSeen when the archive first stored the entry
 */
public record ArchivedEntry(
    ParsedEntry entry, String feedKey, long seq, Instant firstSeen, EntryFlags flags) {

  /**
   * What editors and retention decided about an entry.
   *
   * @param hidden set by an editor; hidden entries are not shown or indexed
   * @param pinned set by an editor; pinned entries are shown first and never purged
   * @param deleted a tombstone: purged by retention, kept so the entry does not come back
   * @param pinNote the editor's note on a pinned entry (shown with it in the digest), or {@code
   *     null}
   */
  public record EntryFlags(boolean hidden, boolean pinned, boolean deleted, String pinNote) {
    public static final EntryFlags NONE = new EntryFlags(false, false, false);

    public EntryFlags(boolean hidden, boolean pinned, boolean deleted) {
      this(hidden, pinned, deleted, null);
    }
  }

  public String id() {
    return entry.id();
  }

  /** The entry's date: published, else updated, else when the archive first saw it. */
  public Instant date() {
    if (entry.published() != null) {
      return entry.published();
    }
    if (entry.updated() != null) {
      return entry.updated();
    }
    return firstSeen != null ? firstSeen : Instant.EPOCH;
  }

  /** True when the entry may be shown and indexed: neither hidden nor purged. */
  public boolean visible() {
    return !flags.hidden() && !flags.deleted();
  }
}
