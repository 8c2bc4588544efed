package org.partnerdigest.search;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.partnerdigest.archive.ArchivedEntry;
import org.partnerdigest.archive.EntryArchive;

/**
 * Applies one batch of archive changes to an index: visible entries are (re)indexed, hidden and
 * deleted ones removed, duplicate groups touched by the batch re-folded, then the batch is made
 * searchable.
 */
final class BatchWriter {

  private final EntryArchive archive;

  BatchWriter(EntryArchive archive) {
    this.archive = archive;
  }

  void apply(LiveIndex index, List<ArchivedEntry> batch, SearchCatalog catalog) throws IOException {
    if (batch.isEmpty()) {
      return;
    }
    Set<String> keys = new LinkedHashSet<>();
    IndexSearcher before = index.acquire();
    try {
      for (ArchivedEntry entry : batch) {
        keys.addAll(DuplicateGrouping.keysOf(before, entry.id()));
      }
    } finally {
      index.release(before);
    }
    for (ArchivedEntry entry : batch) {
      if (!entry.visible()) {
        index.delete(entry.id());
      } else {
        Document doc = EntryDocuments.build(entry, catalog);
        keys.addAll(List.of(doc.getValues(IndexFields.DUP_KEY)));
        index.update(entry.id(), EntryDocuments.grouped(doc, true, List.of()));
      }
    }
    long upTo = batch.getLast().seq();
    index.refresh(upTo);
    regroup(index, keys, catalog);
  }

  private void regroup(LiveIndex index, Set<String> keys, SearchCatalog catalog)
      throws IOException {
    if (keys.isEmpty()) {
      return;
    }
    List<DuplicateGrouping.Change> changes;
    IndexSearcher searcher = index.acquire();
    try {
      changes = DuplicateGrouping.regroup(searcher, keys);
    } finally {
      index.release(searcher);
    }
    for (DuplicateGrouping.Change change : changes) {
      Optional<ArchivedEntry> entry = archive.find(change.id());
      if (entry.isPresent() && entry.get().visible()) {
        Document doc = EntryDocuments.build(entry.get(), catalog);
        index.update(change.id(), EntryDocuments.grouped(doc, change.primary(), change.alsoIn()));
      }
    }
    if (!changes.isEmpty()) {
      index.refresh(index.seq());
    }
  }
}
