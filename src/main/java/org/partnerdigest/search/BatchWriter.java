package org.partnerdigest.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  /** Documents tagged together in one in-memory index; chunks of a batch run in parallel. */
  private static final int TAGGING_CHUNK = 128;

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
    // the last change of an entry wins; after this, ids are distinct and order no longer matters
    Map<String, ArchivedEntry> latest = new LinkedHashMap<>();
    batch.forEach(entry -> latest.put(entry.id(), entry));
    List<ArchivedEntry> visible = new ArrayList<>();
    for (ArchivedEntry entry : latest.values()) {
      if (entry.visible()) {
        visible.add(entry);
      } else {
        index.delete(entry.id());
      }
    }
    List<Document> docs = documents(visible, catalog);
    Set<String> writtenAlone = new HashSet<>();
    Map<String, Document> written = new HashMap<>();
    for (Document doc : docs) {
      writtenAlone.addAll(List.of(doc.getValues(IndexFields.DUP_KEY)));
      written.put(doc.get(IndexFields.ID), doc);
    }
    keys.addAll(writtenAlone);
    inParallel(
        docs,
        doc -> index.update(doc.get(IndexFields.ID), EntryDocuments.grouped(doc, true, List.of())));
    long upTo = batch.getLast().seq();
    index.refresh(upTo);
    regroup(index, keys, writtenAlone, written, catalog);
  }

  /**
   * The tagged documents of {@code entries}, in order. Building and tagging run on all cores in
   * chunks (issue 13: one indexing thread fell behind the crawl); each chunk shares one in-memory
   * index for its topics.
   */
  private static List<Document> documents(List<ArchivedEntry> entries, SearchCatalog catalog) {
    List<List<ArchivedEntry>> chunks = new ArrayList<>();
    for (int from = 0; from < entries.size(); from += TAGGING_CHUNK) {
      chunks.add(entries.subList(from, Math.min(entries.size(), from + TAGGING_CHUNK)));
    }
    return chunks.parallelStream()
        .flatMap(
            chunk -> {
              List<Document> docs =
                  chunk.stream().map(entry -> EntryDocuments.build(entry, catalog)).toList();
              EntryDocuments.tag(docs, catalog);
              return docs.stream();
            })
        .toList();
  }

  /** IndexWriter analyses in the calling thread, so distinct documents index in parallel. */
  private static void inParallel(List<Document> docs, IndexAction action) throws IOException {
    try {
      docs.parallelStream()
          .forEach(
              doc -> {
                try {
                  action.apply(doc);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private interface IndexAction {
    void apply(Document doc) throws IOException;
  }

  /**
   * Rewrites the copies whose grouping changed; a copy this batch just wrote is reused as built
   * ({@code written}), others are read from the archive again.
   */
  private void regroup(
      LiveIndex index,
      Set<String> keys,
      Set<String> writtenAlone,
      Map<String, Document> written,
      SearchCatalog catalog)
      throws IOException {
    if (keys.isEmpty()) {
      return;
    }
    List<DuplicateGrouping.Change> changes;
    IndexSearcher searcher = index.acquire();
    try {
      changes = DuplicateGrouping.regroup(searcher, keys, writtenAlone);
    } finally {
      index.release(searcher);
    }
    List<ArchivedEntry> entries = new ArrayList<>();
    List<DuplicateGrouping.Change> found = new ArrayList<>();
    for (DuplicateGrouping.Change change : changes) {
      Document doc = written.get(change.id());
      if (doc != null) {
        index.update(change.id(), EntryDocuments.grouped(doc, change.primary(), change.alsoIn()));
        continue;
      }
      Optional<ArchivedEntry> entry = archive.find(change.id());
      if (entry.isPresent() && entry.get().visible()) {
        entries.add(entry.get());
        found.add(change);
      }
    }
    List<Document> docs = documents(entries, catalog);
    for (int i = 0; i < docs.size(); i++) {
      DuplicateGrouping.Change change = found.get(i);
      index.update(
          change.id(), EntryDocuments.grouped(docs.get(i), change.primary(), change.alsoIn()));
    }
    if (!changes.isEmpty()) {
      index.refresh(index.seq());
    }
  }
}
