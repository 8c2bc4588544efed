package org.partnerdigest.archive;

import java.time.Instant;

/**
 * One editor action as the audit keeps it.
 *
 * @param at when it was recorded
 * @param editor who did it (the signed-in editor's name, or {@code system} for scheduled work)
 * @param action what was done, a short dotted key such as {@code entry.hide}
 * @param target what it was done to (an entry id, a feed key, …); empty when nothing in particular
 * @param detail anything else worth knowing (a note, an outcome, a diff summary); may be empty
 */
public record AuditEvent(Instant at, String editor, String action, String target, String detail) {}
