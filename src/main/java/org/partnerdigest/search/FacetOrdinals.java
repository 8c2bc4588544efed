package org.partnerdigest.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * One segment's facet values per document, read once from its doc values into arrays: counting the
 * facets of a search that matches most of the index is then a few array reads per match instead of
 * a doc-values lookup per field (a quarter of all query CPU before, issue 13). Segments never
 * change, so the arrays live as long as the segment's core and are dropped when it closes. They
 * cost 4 bytes per document for each single-valued field (feed, group, year) and 4 per document
 * plus 4 per value for the topics: about 24 MB at a million posts.
 */
final class FacetOrdinals {

  private static final Map<IndexReader.CacheKey, FacetOrdinals> BY_SEGMENT =
      new ConcurrentHashMap<>();

  /**
   * Per facet field: for a single-valued field {@code starts} is null and {@code ords[d]} is
   * document d's ordinal (−1: none); otherwise its ordinals are {@code ords[starts[d] ..
   * starts[d+1])}.
   */
  private final int[][] starts;

  private final int[][] ords;

  /** Per facet field, the value of each ordinal. */
  private final String[][] values;

  private FacetOrdinals(int[][] starts, int[][] ords, String[][] values) {
    this.starts = starts;
    this.ords = ords;
    this.values = values;
  }

  /** The ordinals of {@code reader}'s documents for the {@link FacetCounter#FIELDS}. */
  static FacetOrdinals of(LeafReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
    if (helper == null) {
      return read(reader);
    }
    FacetOrdinals cached = BY_SEGMENT.get(helper.getKey());
    if (cached != null) {
      return cached;
    }
    // read outside the map's lock: a large segment takes a while, and a closing segment's
    // listener must not wait for it; two first searches may read the same segment twice
    FacetOrdinals read = read(reader);
    FacetOrdinals earlier = BY_SEGMENT.putIfAbsent(helper.getKey(), read);
    if (earlier != null) {
      return earlier;
    }
    helper.addClosedListener(BY_SEGMENT::remove);
    return read;
  }

  /** Whether the ordinals of the segment with this core key are held (closed ones must not be). */
  static boolean holds(IndexReader.CacheKey segment) {
    return BY_SEGMENT.containsKey(segment);
  }

  int valueCount(int field) {
    return values[field].length;
  }

  String value(int field, int ord) {
    return values[field][ord];
  }

  /** Adds one to {@code counts[field][ord]} for each value document {@code doc} holds. */
  void count(int doc, long[][] counts) {
    for (int f = 0; f < ords.length; f++) {
      int[] fieldStarts = starts[f];
      if (fieldStarts == null) {
        int ord = ords[f][doc];
        if (ord >= 0) {
          counts[f][ord]++;
        }
      } else {
        for (int i = fieldStarts[doc], end = fieldStarts[doc + 1]; i < end; i++) {
          counts[f][ords[f][i]]++;
        }
      }
    }
  }

  private static FacetOrdinals read(LeafReader reader) throws IOException {
    int fields = FacetCounter.FIELDS.size();
    int[][] starts = new int[fields][];
    int[][] ords = new int[fields][];
    String[][] labels = new String[fields][];
    for (int f = 0; f < fields; f++) {
      SortedSetDocValues values = DocValues.getSortedSet(reader, FacetCounter.FIELDS.get(f));
      labels[f] = new String[(int) values.getValueCount()];
      for (int ord = 0; ord < labels[f].length; ord++) {
        labels[f][ord] = values.lookupOrd(ord).utf8ToString();
      }
      SortedDocValues single = DocValues.unwrapSingleton(values);
      if (single != null) {
        ords[f] = single(single, reader.maxDoc());
      } else {
        multi(values, reader.maxDoc(), f, starts, ords);
      }
    }
    return new FacetOrdinals(starts, ords, labels);
  }

  /** One ordinal per document, −1 where it has no value. */
  private static int[] single(SortedDocValues values, int maxDoc) throws IOException {
    int[] ords = new int[maxDoc];
    Arrays.fill(ords, -1);
    for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
      ords[d] = values.ordValue();
    }
    return ords;
  }

  /** Every document's ordinals one after another, and where each document's start. */
  private static void multi(
      SortedSetDocValues values, int maxDoc, int field, int[][] starts, int[][] ords)
      throws IOException {
    int[] fieldStarts = new int[maxDoc + 1];
    int[] fieldOrds = new int[Math.max(16, maxDoc)];
    int n = 0;
    int doc = 0;
    for (int d = values.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = values.nextDoc()) {
      for (; doc <= d; doc++) {
        fieldStarts[doc] = n;
      }
      int count = values.docValueCount();
      if (n + count > fieldOrds.length) {
        fieldOrds = Arrays.copyOf(fieldOrds, Math.max(n + count, fieldOrds.length * 2));
      }
      for (int i = 0; i < count; i++) {
        fieldOrds[n++] = (int) values.nextOrd();
      }
    }
    for (; doc <= maxDoc; doc++) {
      fieldStarts[doc] = n;
    }
    starts[field] = fieldStarts;
    ords[field] = fieldOrds;
  }
}
