package org.partnerdigest.crawl;

/**
 * What one stored fetch changed in the archive.
 *
 * @param maxSeq the highest {@code seq} taken, or 0 when nothing was written
 */
record StoreResult(int added, int changed, long maxSeq) {

  static final StoreResult NOTHING = new StoreResult(0, 0, 0);

  boolean wroteEntries() {
    return added + changed > 0;
  }
}
