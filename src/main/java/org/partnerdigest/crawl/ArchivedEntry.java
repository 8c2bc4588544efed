package org.partnerdigest.crawl;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.partnerdigest.content.EntryNote;

/**
 * An entry as kept in the archive. {@code seq} is the archive's change counter: every insert or
 * change of an entry takes a new, strictly increasing value, so readers can tail the archive.
 *
 * @param hidden set by an editor; hidden entries are not shown or indexed
 * @param pinned set by an editor; pinned entries are shown first
 * @param deleted a tombstone: purged by retention, kept so the entry does not come back
 * @param notes what the content module had to change to keep the entry (see {@link EntryNote})
 */
public record ArchivedEntry(
    String id,
    String feedKey,
    long seq,
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
    Instant firstSeen,
    boolean hidden,
    boolean pinned,
    boolean deleted,
    Set<EntryNote> notes) {

  public ArchivedEntry {
    categories = List.copyOf(categories);
    notes = notes.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(notes));
  }
}
