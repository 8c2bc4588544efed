package org.partnerdigest.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.partnerdigest.search.SearchResults.FacetCount;

/**
 * Counts the documents a query and its filters match, and their feed, group, topic and year values,
 * reading the sorted-set doc values segment by segment (ordinals first, strings once per segment).
 * It needs no scores: the query runner counts in a pass of its own, so that the pass finding the
 * best hits may skip what cannot reach the page.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counts, FacetCounter.Counted> {

  static final List<String> FIELDS =
      List.of(IndexFields.FEED, IndexFields.GROUP, IndexFields.TOPIC, IndexFields.YEAR);
  private static final int MAX_VALUES = 50;

  @Override
  public Counts newCollector() {
    return new Counts();
  }

  /** How many documents matched, and the most frequent values of each facet field. */
  record Counted(long total, Map<String, List<FacetCount>> facets) {}

  /** No documents counted: every facet field present, without values. */
  static final Counted NOTHING = new FacetCounter().reduce(List.of());

  @Override
  public Counted reduce(Collection<Counts> collectors) {
    Map<String, Map<String, Long>> merged = new HashMap<>();
    long total = 0;
    for (Counts counts : collectors) {
      total += counts.matched;
      counts.totals.forEach(
          (field, values) ->
              values.forEach(
                  (value, n) ->
                      merged
                          .computeIfAbsent(field, f -> new HashMap<>())
                          .merge(value, n, Long::sum)));
    }
    Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
    for (String field : FIELDS) {
      Comparator<FacetCount> order =
          field.equals(IndexFields.YEAR)
              ? Comparator.comparing(FacetCount::value).reversed()
              : Comparator.comparingLong(FacetCount::count)
                  .reversed()
                  .thenComparing(FacetCount::value);
      facets.put(
          field,
          merged.getOrDefault(field, Map.of()).entrySet().stream()
              .map(e -> new FacetCount(e.getKey(), e.getValue()))
              .sorted(order)
              .limit(MAX_VALUES)
              .toList());
    }
    return new Counted(total, facets);
  }

  /** Per-thread counts by field and value. */
  static final class Counts implements Collector {
    final Map<String, Map<String, Long>> totals = new HashMap<>();
    long matched;

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      FacetOrdinals ordinals = FacetOrdinals.of(context.reader());
      long[][] ordCounts = new long[FIELDS.size()][];
      for (int f = 0; f < ordCounts.length; f++) {
        ordCounts[f] = new long[ordinals.valueCount(f)];
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          matched++;
          ordinals.count(doc, ordCounts);
        }

        @Override
        public void finish() {
          for (int f = 0; f < ordCounts.length; f++) {
            long[] counts = ordCounts[f];
            Map<String, Long> byValue = totals.computeIfAbsent(FIELDS.get(f), k -> new HashMap<>());
            for (int ord = 0; ord < counts.length; ord++) {
              if (counts[ord] > 0) {
                byValue.merge(ordinals.value(f, ord), counts[ord], Long::sum);
              }
            }
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
