package org.partnerdigest.crawl;

import java.net.URI;
import java.time.Instant;

/** What one fetch of a feed URL came to; every fetch ends in exactly one of these. */
public sealed interface FetchOutcome {

  /**
   * A 200 with a body (decoded, within the byte cap).
   *
   * @param finalUrl where the body came from after redirects
   * @param movedTo set when a 301/308 on the way says the feed moved permanently
   * @param contentLanguage the {@code Content-Language} header, for the feed's default language
   * @param contentLocation the {@code Content-Location} header, for the feed's base URI
   */
  record Fetched(
      byte[] body,
      String contentType,
      URI finalUrl,
      String etag,
      String lastModified,
      URI movedTo,
      String contentLanguage,
      String contentLocation)
      implements FetchOutcome {

    /** A body without language or location headers. */
    public Fetched(
        byte[] body,
        String contentType,
        URI finalUrl,
        String etag,
        String lastModified,
        URI movedTo) {
      this(body, contentType, finalUrl, etag, lastModified, movedTo, null, null);
    }
  }

  /** 304: nothing changed; nothing is written but the fetch time. */
  record NotModified(URI movedTo) implements FetchOutcome {}

  /** 410: the feed is gone; stop polling it. */
  record Gone(String message) implements FetchOutcome {}

  /** 429 or 503, with the time {@code Retry-After} asks for (or null). */
  record RateLimited(Instant retryAt, String message) implements FetchOutcome {}

  /**
   * Anything else: another 4xx/5xx, a network error, a timeout, a cap exceeded, a refused address.
   *
   * @param message for editors, e.g. "unreachable: connection refused" or "HTTP 500"
   */
  record Failed(String message) implements FetchOutcome {}
}
