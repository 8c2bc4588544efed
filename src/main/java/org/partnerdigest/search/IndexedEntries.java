package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.partnerdigest.search.SearchResults.FeedRef;

/** Reads an {@link IndexedEntry} back from a document's stored fields. */
final class IndexedEntries {

  private IndexedEntries() {}

  static IndexedEntry of(Document doc) {
    IndexableField published = doc.getField(PUBLISHED);
    List<FeedRef> alsoIn =
        Arrays.stream(doc.getValues(ALSO_IN))
            .map(
                v -> {
                  String[] parts = v.split("\t", 2);
                  return new FeedRef(parts[0], parts.length > 1 ? parts[1] : parts[0]);
                })
            .toList();
    return new IndexedEntry(
        doc.get(ID),
        doc.get(FEED),
        doc.get(FEED_TITLE),
        doc.get(GROUP),
        doc.get(TIER),
        doc.get(TITLE),
        doc.get(LINK),
        doc.get(AUTHOR),
        published == null ? null : Instant.ofEpochMilli(published.numericValue().longValue()),
        doc.get(EXCERPT),
        List.of(doc.getValues(CATEGORY)),
        List.of(doc.getValues(TOPIC)),
        alsoIn);
  }
}
