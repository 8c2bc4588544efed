package org.partnerdigest.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.partnerdigest.search.IndexedEntry;

/**
 * {@code GET /api/entries/{id}}: the entry as the index holds it, plus the archive's quality notes.
 *
 * @param notes keys of what the content module had to change to keep the entry ({@code truncated},
 *     {@code invalid-encoding}); empty for most entries
 */
record EntryView(@JsonUnwrapped IndexedEntry entry, List<String> notes) {

  EntryView {
    notes = List.copyOf(notes);
  }
}
