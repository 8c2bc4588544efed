package org.partnerdigest.content;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An entry as a format parser read it, before cleaning and identity. {@code summary} and {@code
 * content} are HTML (plain-text sources are escaped on the way in); {@code language} is the entry's
 * (its own {@code xml:lang}, else its feed's); {@code base} is the URI their relative links resolve
 * against.
 */
record RawEntry(
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
    URI base) {

  RawEntry withAuthor(String author) {
    return new RawEntry(
        guid,
        title,
        link,
        author,
        language,
        published,
        updated,
        summary,
        content,
        categories,
        base);
  }
}
