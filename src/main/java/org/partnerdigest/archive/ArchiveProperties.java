package org.partnerdigest.archive;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Archive settings ({@code partner-digest.archive.*}); every one is documented in README.md.
 *
 * @param retention how long entries are kept
 * @param maxUnindexed storing fetched entries waits while the search index trails the archive by
 *     more than this many changes; 0 never waits
 * @param maxUnindexedWait the longest one store waits for the index
 * @see IndexBacklog
 */
@ConfigurationProperties("partner-digest.archive")
record ArchiveProperties(
    @DefaultValue Retention retention,
    @DefaultValue("1000") long maxUnindexed,
    @DefaultValue("10s") Duration maxUnindexedWait) {

  /**
   * Retention limits; 0 means unlimited for both (the default: keep everything).
   *
   * @param maxAge entries published (or first seen) longer ago become tombstones
   * @param maxPerFeed only the newest N unpinned entries of each feed are kept
   * @param interval how often the purge runs (it also runs after {@code crawl --once})
   */
  record Retention(
      @DefaultValue("0s") Duration maxAge,
      @DefaultValue("0") int maxPerFeed,
      @DefaultValue("24h") Duration interval) {

    boolean limited() {
      return !maxAge.isZero() || maxPerFeed > 0;
    }
  }
}
