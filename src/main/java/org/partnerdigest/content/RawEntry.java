package org.partnerdigest.content;

import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * An entry as a format parser read it, before cleaning and identity. {@code summary} and {@code
 * content} are HTML (plain-text sources are escaped on the way in); {@code base} is the URI their
 * relative links resolve against.
 */
record RawEntry(
    String guid,
    String title,
    String link,
    String author,
    Instant published,
    Instant updated,
    String summary,
    String content,
    List<String> categories,
    URI base) {}
