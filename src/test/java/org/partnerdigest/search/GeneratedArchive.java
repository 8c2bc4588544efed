package org.partnerdigest.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;

/**
 * A read-only archive whose entries are a pure function of their seq, so a killed child JVM and the
 * test that restarts the index see the same archive without sharing a database.
 */
final class GeneratedArchive implements EntryArchive {

  private final int size;

  GeneratedArchive(int size) {
    this.size = size;
  }

  static ArchivedEntry entryAt(long seq) {
    return Entries.withSeq(
        Entries.entry(
            "e" + seq,
            seq % 2 == 0 ? "mpn-blog" : "channel-guy",
            "Post " + seq,
            "Crash safety text number " + seq),
        seq);
  }

  @Override
  public List<ArchivedEntry> changesAfter(long afterSeq, int limit) {
    List<ArchivedEntry> batch = new ArrayList<>();
    for (long seq = afterSeq + 1; seq <= size && batch.size() < limit; seq++) {
      batch.add(entryAt(seq));
    }
    return batch;
  }

  @Override
  public long lastSeq() {
    return size;
  }

  @Override
  public Optional<ArchivedEntry> find(String id) {
    long seq = Long.parseLong(id.substring(1));
    return seq >= 1 && seq <= size ? Optional.of(entryAt(seq)) : Optional.empty();
  }

  @Override
  public List<ArchivedEntry> latest(int limit) {
    return List.of();
  }

  @Override
  public boolean setHidden(String id, boolean hidden) {
    return false;
  }

  @Override
  public List<ArchivedEntry> firstSeenBetween(Instant afterExclusive, Instant toInclusive) {
    return List.of();
  }

  @Override
  public boolean setPinned(String id, boolean pinned) {
    return false;
  }

  @Override
  public boolean setPinned(String id, boolean pinned, String note) {
    return false;
  }
}
