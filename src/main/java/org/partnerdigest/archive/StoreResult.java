package org.partnerdigest.archive;

/**
 * What one stored fetch changed in the archive.
 *
 * @param maxSeq the highest {@code seq} taken, or 0 when nothing was written
 */
public record StoreResult(int added, int changed, long maxSeq) {

  public static final StoreResult NOTHING = new StoreResult(0, 0, 0);

  public boolean wroteEntries() {
    return added + changed > 0;
  }
}
