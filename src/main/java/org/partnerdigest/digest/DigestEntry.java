package org.partnerdigest.digest;

import java.time.Instant;
import java.util.List;

/**
 * An entry as a digest shows it.
 *
 * @param link the post's address, or {@code null} when it is not http(s) (it is then not linked)
 * @param excerpt plain text, or {@code null}
 * @param alsoIn titles of the other feeds that carry the same post
 * @param note the editor's note of a pinned entry, or {@code null}
 */
public record DigestEntry(
    String id,
    String title,
    String link,
    String feedTitle,
    Instant published,
    String excerpt,
    List<String> alsoIn,
    String note) {

  public DigestEntry {
    alsoIn = List.copyOf(alsoIn);
  }
}
