package org.partnerdigest.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.partnerdigest.archive.AuditEvent;

/**
 * An audit event as the editors' pages show it.
 *
 * @param at ISO instant for {@code <time datetime>}
 * @param when the same for people, in UTC, e.g. "25 Nov 2026 14:03:07"
 */
record AuditRow(
    String at, String when, String editor, String action, String target, String detail) {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  static List<AuditRow> of(List<AuditEvent> events) {
    return events.stream()
        .map(
            e ->
                new AuditRow(
                    e.at().toString(),
                    WHEN.format(e.at()),
                    e.editor(),
                    e.action(),
                    e.target(),
                    e.detail()))
        .toList();
  }
}
