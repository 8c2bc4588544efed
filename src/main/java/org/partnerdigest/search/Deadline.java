package org.partnerdigest.search;

import org.apache.lucene.index.QueryTimeout;

/**
 * The end of one search's time budget ({@link QueryLimits#timeBudget()}): Lucene checks it between
 * blocks of documents while collecting, the snippets between blocks of hits.
 */
record Deadline(long nanos) implements QueryTimeout {

  @Override
  public boolean shouldExit() {
    return System.nanoTime() - nanos >= 0;
  }
}
