package org.partnerdigest.archive;

import java.util.List;

/**
 * One page of archived entries, newest first.
 *
 * @param page 1-based
 * @param total how many entries match the filter
 */
public record EntryPage(List<ArchivedEntry> entries, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }
}
