package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Folds copies of one post (documents sharing a duplicate key) under the most authoritative one:
 * official tier first, then the earliest published, then the smallest id. The primary copy lists
 * the other feeds in {@code also_in}; the others are marked non-primary and hidden from results
 * (unless a feed filter asks for them), so result totals count each post once.
 */
final class DuplicateGrouping {

  /** A copy as stored: enough to choose the primary and to tell whether it must be rewritten. */
  record Copy(
      String id,
      String feed,
      String feedTitle,
      boolean official,
      long published,
      boolean primary,
      List<String> alsoIn,
      List<String> keys) {}

  /** What must be rewritten: id → (primary, alsoIn). */
  record Change(String id, boolean primary, List<String> alsoIn) {}

  private static final int MAX_GROUP = 64;

  /**
   * What {@link #copy} reads: the stored body is most of a document and grouping never needs it.
   */
  private static final Set<String> COPY_FIELDS =
      Set.of(ID, FEED, FEED_TITLE, TIER, PUBLISHED, PRIMARY, ALSO_IN, DUP_KEY);

  private DuplicateGrouping() {}

  /** The duplicate keys stored for {@code id}, empty when it is not indexed. */
  static List<String> keysOf(IndexSearcher searcher, String id) throws IOException {
    Term term = new Term(ID, id);
    if (searcher.getIndexReader().docFreq(term) == 0) {
      return List.of(); // a new entry: most of a crawl's, and no search needed
    }
    var top = searcher.search(new TermQuery(term), 1);
    if (top.scoreDocs.length == 0) {
      return List.of();
    }
    return List.of(
        searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(DUP_KEY)).getValues(DUP_KEY));
  }

  /**
   * The changes that make every group touching {@code keys} consistent. A key in {@code
   * writtenAlone} belongs to a document just written as a primary with no other copies; when no
   * other document holds it (its document frequency, deleted versions included, is at most one), it
   * needs no search.
   */
  static List<Change> regroup(IndexSearcher searcher, Set<String> keys, Set<String> writtenAlone)
      throws IOException {
    List<Change> changes = new ArrayList<>();
    Set<String> seenKeys = new HashSet<>();
    Set<String> seenIds = new HashSet<>();
    StoredFields stored = searcher.storedFields();
    for (String start : keys) {
      if (seenKeys.contains(start)
          || writtenAlone.contains(start)
              && searcher.getIndexReader().docFreq(new Term(DUP_KEY, start)) <= 1) {
        continue;
      }
      Map<String, Copy> group = new LinkedHashMap<>();
      Deque<String> pending = new ArrayDeque<>(List.of(start));
      while (!pending.isEmpty() && group.size() < MAX_GROUP) {
        String key = pending.pop();
        if (!seenKeys.add(key)) {
          continue;
        }
        for (ScoreDoc hit :
            searcher.search(new TermQuery(new Term(DUP_KEY, key)), MAX_GROUP).scoreDocs) {
          Copy copy = copy(stored.document(hit.doc, COPY_FIELDS));
          if (group.putIfAbsent(copy.id(), copy) == null) {
            pending.addAll(copy.keys());
          }
        }
      }
      if (group.isEmpty() || !seenIds.addAll(group.keySet())) {
        continue;
      }
      Copy primary =
          group.values().stream()
              .min(
                  Comparator.comparing((Copy c) -> !c.official())
                      .thenComparingLong(Copy::published)
                      .thenComparing(Copy::id))
              .orElseThrow();
      for (Copy copy : group.values()) {
        boolean isPrimary = copy == primary;
        List<String> alsoIn =
            isPrimary
                ? group.values().stream()
                    .filter(c -> !c.feed().equals(copy.feed()))
                    .map(c -> c.feed() + "\t" + c.feedTitle())
                    .distinct()
                    .toList()
                : List.of();
        if (copy.primary() != isPrimary || !copy.alsoIn().equals(alsoIn)) {
          changes.add(new Change(copy.id(), isPrimary, alsoIn));
        }
      }
    }
    return changes;
  }

  private static Copy copy(Document doc) {
    IndexableField published = doc.getField(PUBLISHED);
    return new Copy(
        doc.get(ID),
        doc.get(FEED),
        doc.get(FEED_TITLE),
        "OFFICIAL".equals(doc.get(TIER)),
        published == null ? 0 : published.numericValue().longValue(),
        "true".equals(doc.get(PRIMARY)),
        List.of(doc.getValues(ALSO_IN)),
        List.of(doc.getValues(DUP_KEY)));
  }
}
