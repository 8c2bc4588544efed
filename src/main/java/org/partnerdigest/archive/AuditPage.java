package org.partnerdigest.archive;

import java.util.List;

/**
 * One page of the audit, newest first.
 *
 * @param events this page's events
 * @param page the page number, 1-based
 * @param size the page size asked for
 * @param total how many events the audit holds
 */
public record AuditPage(List<AuditEvent> events, int page, int size, long total) {

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pages();
  }
}
