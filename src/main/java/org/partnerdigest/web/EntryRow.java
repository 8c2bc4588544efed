package org.partnerdigest.web;

/**
 * An entry as the editors' pages list it, with its editor flags.
 *
 * @param link the original post, or null when it has none
 * @param date the published (else first-seen) day, e.g. "25 Nov 2026"
 * @param pinNote the editor's note on a pinned entry, or null
 */
record EntryRow(
    String id,
    String title,
    String link,
    String feedTitle,
    String date,
    boolean hidden,
    boolean pinned,
    String pinNote) {}
