package org.partnerdigest.crawl;

import java.net.URI;
import java.time.Instant;

/**
 * A feed's health as editors and {@code /api/feeds} see it.
 *
 * @param status ok, not-modified, moved, gone, rate-limited, failing (or new before first fetch)
 */
public record FeedStatus(
    String feedKey,
    String status,
    Instant lastFetch,
    Instant lastSuccess,
    String lastError,
    int consecutiveFailures,
    long entryCount,
    Instant nextFetch,
    URI movedTo,
    String feedTitle) {}
