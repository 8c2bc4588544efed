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
 * @param summary the feed's own summary, null when it gave none (what is stored, hashed and
 *     indexed; see {@link #displaySummary()} for what is shown)
 * @param language the entry's language tag: the {@code xml:lang} in scope at its text, else its
 *     feed's language; null when unknown
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
    String language,
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

  /**
   * The summary to show a reader or tool: the feed's own summary, else the start of the entry's
   * text as escaped HTML (the {@code excerpt}, escaped), else null. Derived here rather than
   * stored, so the archive, {@code contentHash} and search weighting see only what the feed said.
   */
  public String displaySummary() {
    if (summary != null) {
      return summary;
    }
    return excerpt == null || excerpt.isBlank() ? null : Html.escape(excerpt);
  }
}
