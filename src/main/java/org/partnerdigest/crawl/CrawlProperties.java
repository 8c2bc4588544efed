package org.partnerdigest.crawl;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Crawl settings ({@code partner-digest.crawl.*}); every one is documented in README.md.
 *
 * @param allowedHosts hosts or CIDR ranges exempt from the private-address guard
 * @param scheduled false turns the crawl schedule off (tests, {@code crawl --once})
 * @param tick how often the scheduler looks for due feeds
 * @param fetchJitter up to this random delay before each fetch, so due feeds spread out
 * @param leaseDuration with several instances on PostgreSQL, how long a feed's lease lasts unless
 *     its holder renews it (every tick); an instance that dies leaves its feeds for this long
 */
@ConfigurationProperties("partner-digest.crawl")
record CrawlProperties(
    @DefaultValue("") List<String> allowedHosts,
    @DefaultValue("true") boolean scheduled,
    @DefaultValue("5s") Duration tick,
    @DefaultValue("8") int maxConcurrentFetches,
    @DefaultValue("2") int maxFetchesPerHost,
    @DefaultValue("10s") Duration connectTimeout,
    @DefaultValue("60s") Duration fetchDeadline,
    @DefaultValue("10MB") DataSize maxBodySize,
    @DefaultValue("5") int maxRedirects,
    @DefaultValue("15m") Duration minRefresh,
    @DefaultValue("4h") Duration maxRefresh,
    @DefaultValue("4h") Duration maxBackoff,
    @DefaultValue("500ms") Duration fetchJitter,
    @DefaultValue("2m") Duration leaseDuration) {}
