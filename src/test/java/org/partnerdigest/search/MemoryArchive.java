package org.partnerdigest.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;

/**
 * A test-only archive in memory: every store or flag change takes the next seq, like the real one.
 */
final class MemoryArchive implements EntryArchive {

  private final Map<String, ArchivedEntry> entries = new LinkedHashMap<>();
  private long seq;

  synchronized ArchivedEntry store(ArchivedEntry entry) {
    ArchivedEntry stored = Entries.withSeq(entry, ++seq);
    entries.put(entry.id(), stored);
    return stored;
  }

  @Override
  public synchronized List<ArchivedEntry> changesAfter(long afterSeq, int limit) {
    return entries.values().stream()
        .filter(e -> e.seq() > afterSeq)
        .sorted(Comparator.comparingLong(ArchivedEntry::seq))
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized long lastSeq() {
    return seq;
  }

  @Override
  public synchronized Optional<ArchivedEntry> find(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  @Override
  public synchronized boolean setHidden(String id, boolean hidden) {
    ArchivedEntry e = entries.get(id);
    if (e == null) {
      return false;
    }
    store(Entries.flags(e, hidden, e.flags().pinned(), e.flags().deleted()));
    return true;
  }

  @Override
  public synchronized boolean setPinned(String id, boolean pinned) {
    return setPinned(id, pinned, null);
  }

  @Override
  public synchronized boolean setPinned(String id, boolean pinned, String note) {
    ArchivedEntry e = entries.get(id);
    if (e == null) {
      return false;
    }
    store(
        new ArchivedEntry(
            e.entry(),
            e.feedKey(),
            e.seq(),
            e.firstSeen(),
            new ArchivedEntry.EntryFlags(
                e.flags().hidden(), pinned, e.flags().deleted(), pinned ? note : null)));
    return true;
  }

  @Override
  public synchronized List<ArchivedEntry> firstSeenBetween(
      Instant afterExclusive, Instant toInclusive) {
    return entries.values().stream()
        .filter(ArchivedEntry::visible)
        .filter(e -> e.firstSeen().isAfter(afterExclusive) && !e.firstSeen().isAfter(toInclusive))
        .sorted(Comparator.comparing(ArchivedEntry::firstSeen).thenComparing(ArchivedEntry::seq))
        .toList();
  }

  @Override
  public synchronized List<ArchivedEntry> latest(int limit) {
    return entries.values().stream()
        .filter(ArchivedEntry::visible)
        .sorted(Comparator.comparing((ArchivedEntry e) -> e.entry().published()).reversed())
        .limit(limit)
        .toList();
  }

  synchronized void delete(String id) {
    ArchivedEntry e = entries.get(id);
    store(Entries.flags(e, e.flags().hidden(), e.flags().pinned(), true));
  }

  synchronized List<String> visibleIds() {
    return new ArrayList<>(
        entries.values().stream().filter(ArchivedEntry::visible).map(ArchivedEntry::id).toList());
  }
}
