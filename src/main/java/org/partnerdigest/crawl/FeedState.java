package org.partnerdigest.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What the crawler remembers about one feed between fetches ({@code feed_state} row).
 *
 * @param url the URL this state's validators belong to; a catalog URL change resets them
 * @param nextFetch when the feed is due next; {@code null} means due at once
 * @param refreshHint the feed's own ttl/updatePeriod hint from its last parse, or {@code null}
 */
record FeedState(
    String feedKey,
    URI url,
    FeedCondition status,
    String etag,
    String lastModified,
    Instant lastFetch,
    Instant lastSuccess,
    int consecutiveFailures,
    String lastError,
    Instant nextFetch,
    URI movedTo,
    String feedTitle,
    String feedLink,
    Duration refreshHint) {

  /** A feed never fetched: no validators, due at once. */
  static FeedState fresh(String feedKey, URI url) {
    return new FeedState(
        feedKey,
        url,
        FeedCondition.NEW,
        null,
        null,
        null,
        null,
        0,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** The same feed at a new URL: validators of the old URL no longer apply; due at once. */
  FeedState movedByEditor(URI newUrl) {
    return new FeedState(
        feedKey,
        newUrl,
        FeedCondition.NEW,
        null,
        null,
        lastFetch,
        lastSuccess,
        0,
        null,
        null,
        null,
        feedTitle,
        feedLink,
        null);
  }

  FeedState withStatus(FeedCondition newStatus) {
    return new FeedState(
        feedKey,
        url,
        newStatus,
        etag,
        lastModified,
        lastFetch,
        lastSuccess,
        consecutiveFailures,
        lastError,
        nextFetch,
        movedTo,
        feedTitle,
        feedLink,
        refreshHint);
  }

  /** Where to fetch from: the permanent redirect target when the feed moved, else its URL. */
  URI fetchUrl() {
    return movedTo != null ? movedTo : url;
  }
}
