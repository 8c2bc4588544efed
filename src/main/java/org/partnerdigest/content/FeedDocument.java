package org.partnerdigest.content;

import java.net.URI;

/**
 * Fetched bytes and what the fetch said about them.
 *
 * @param contentType the HTTP {@code Content-Type} header, or {@code null} (e.g. a local file)
 * @param location the final URL (after redirects) or the file's URI; relative links resolve against
 *     it
 * @param feedKey the catalog key (or, for {@code inspect}, the source as given) that entry ids
 *     derive from
 * @param contentLanguage the HTTP {@code Content-Language} header, or {@code null}: the language of
 *     a feed that declares none itself
 * @param contentLocation the HTTP {@code Content-Location} header, or {@code null}: the base URI of
 *     the document when it has no {@code xml:base} (RFC 2616, 14.14; feedparser's rule)
 */
public record FeedDocument(
    byte[] body,
    String contentType,
    URI location,
    String feedKey,
    String contentLanguage,
    String contentLocation) {

  /** A document without language or location headers (a file, a sample). */
  public FeedDocument(byte[] body, String contentType, URI location, String feedKey) {
    this(body, contentType, location, feedKey, null, null);
  }
}
