package org.partnerdigest.search;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The query log behind the editors' insights ({@code partner-digest.search.query-log.*}).
 *
 * @param enabled {@code false} records nothing
 * @param flushInterval how often recorded searches are written, in one batch
 * @param window how far back the insights look
 * @param retention rows older than this are purged
 * @param maxPending distinct queries held between two writes; more are dropped (and counted in the
 *     log), so a flood of random queries cannot exhaust memory
 */
@ConfigurationProperties("partner-digest.search.query-log")
record QueryLogProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("10s") Duration flushInterval,
    @DefaultValue("30d") Duration window,
    @DefaultValue("90d") Duration retention,
    @DefaultValue("10000") int maxPending) {}
