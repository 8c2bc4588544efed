package org.partnerdigest.content;

import java.util.Locale;
import java.util.Optional;

/**
 * What the content module had to change to keep an entry, so that editors and API clients can tell
 * a damaged entry from one its feed sent that way.
 */
public enum EntryNote {

  /**
   * A field was longer than its limit in {@code FieldLimits} (docs/content.md): text was cut at a
   * character boundary and ends with "…", HTML was cut and its open elements closed, an over-long
   * link was dropped, categories beyond the maximum number were dropped.
   */
  TRUNCATED,

  /**
   * The document's bytes were not valid in its charset; the invalid sequences became U+FFFD
   * (REPLACEMENT CHARACTER) in this entry's fields.
   */
  INVALID_ENCODING;

  /** The note's name in JSON and in the archive: {@code truncated}, {@code invalid-encoding}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The note with this {@link #key()}, if there is one (unknown keys are ignored by readers). */
  public static Optional<EntryNote> ofKey(String key) {
    for (EntryNote note : values()) {
      if (note.key().equals(key)) {
        return Optional.of(note);
      }
    }
    return Optional.empty();
  }
}
