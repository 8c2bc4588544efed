package org.partnerdigest.search;

import static org.partnerdigest.search.IndexFields.*;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.partnerdigest.search.SearchResults.FeedRef;

/** Reads an {@link IndexedEntry} back from a document's stored fields. */
final class IndexedEntries {

  /**
   * The stored fields an {@link IndexedEntry} is read from: loading only these skips the body, the
   * largest stored field, which a list of entries never shows.
   */
  static final Set<String> FIELDS =
      Set.of(
          ID,
          FEED,
          FEED_TITLE,
          GROUP,
          TIER,
          TITLE,
          LINK,
          AUTHOR,
          PUBLISHED,
          EXCERPT,
          CATEGORY,
          TOPIC,
          ALSO_IN);

  private IndexedEntries() {}

  /** The entry of document {@code doc}, reading only its {@link #FIELDS}. */
  static IndexedEntry of(IndexSearcher searcher, int doc) throws IOException {
    return of(searcher.storedFields().document(doc, FIELDS));
  }

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
