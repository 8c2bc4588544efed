package org.partnerdigest.crawl;

import java.util.List;
import java.util.Optional;

/**
 * The entry archive, the source of truth: every entry ever stored, with its {@code seq}. Readers
 * (the search indexer) tail it by {@code seq}.
 */
public interface EntryArchive {

  /** Entries whose {@code seq} is greater than {@code afterSeq}, in {@code seq} order. */
  List<ArchivedEntry> changesAfter(long afterSeq, int limit);

  /** The highest {@code seq} handed out so far, 0 when the archive is empty. */
  long lastSeq();

  Optional<ArchivedEntry> find(String id);

  /** Editor flags; each change takes a new {@code seq} so the index follows. */
  void setHidden(String id, boolean hidden);

  void setPinned(String id, boolean pinned);
}
