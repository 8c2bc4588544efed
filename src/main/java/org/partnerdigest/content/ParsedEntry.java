package org.partnerdigest.content;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One normalized entry. Titles and {@code text} are plain text; {@code summary} and {@code content}
 * are sanitized HTML; links are absolute http(s); no field holds a character XML 1.0 cannot carry,
 * and each is bounded by {@code FieldLimits} (docs/content.md); any field but {@code id} may be
 * {@code null}.
 *
 * @param id stable id derived from the feed and the guid (or link, or title+date), see {@link
 *     EntryIds}
 * @param text plain text of content (or summary) for indexing
 * @param excerpt at most 300 characters of {@code text}, cut at a word
 * @param contentHash hash of the fields that make a change visible, to update in place
 * @param notes what had to change to keep the entry (cut fields, invalid bytes); usually empty
 */
public record ParsedEntry(
    String id,
    String guid,
    String title,
    String link,
    String author,
    Instant published,
    Instant updated,
    String summary,
    String content,
    List<String> categories,
    String text,
    String excerpt,
    String contentHash,
    Set<EntryNote> notes) {

  public ParsedEntry {
    categories = List.copyOf(categories);
    notes = notes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notes));
  }
}
