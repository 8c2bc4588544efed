package org.partnerdigest.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;

/**
 * A multiplicative relevance factor for fresh entries: {@code 1 + max · 2^(−age / HALF_LIFE)}, so
 * with the default {@link Ranking#recencyMax()} of 0.10 a post published today scores up to 10%
 * more, one 30 days old 5% more, and old posts converge to ×1.
 */
final class RecencyBoost extends DocumentFactor {

  static final double HALF_LIFE_DAYS = 30;
  private static final double DAY_MILLIS = 86_400_000d;

  private final long nowMillis;
  private final double max;

  RecencyBoost(long nowMillis, double max) {
    this.nowMillis = nowMillis;
    this.max = max;
  }

  double factor(long ageMillis) {
    double days = Math.max(0, ageMillis) / DAY_MILLIS;
    return 1 + max * Math.pow(2, -days / HALF_LIFE_DAYS);
  }

  @Override
  Leaf leaf(LeafReaderContext ctx) throws IOException {
    NumericDocValues published = DocValues.getNumeric(ctx.reader(), IndexFields.PUBLISHED);
    return doc -> published.advanceExact(doc) ? factor(nowMillis - published.longValue()) : 1;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecencyBoost other && other.nowMillis == nowMillis && other.max == max;
  }

  @Override
  public int hashCode() {
    return Objects.hash(nowMillis, max);
  }

  @Override
  public String toString() {
    return "recency(now=" + nowMillis + ", max=" + max + ")";
  }
}
