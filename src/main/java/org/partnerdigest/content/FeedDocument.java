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
 */
public record FeedDocument(byte[] body, String contentType, URI location, String feedKey) {}
