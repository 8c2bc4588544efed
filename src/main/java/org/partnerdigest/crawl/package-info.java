/**
 * Due-feed scheduling, polite and safe HTTP fetching, backoff, fetch state, and the entry archive
 * (entries with their {@code seq} log and editor flags).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "content"})
package org.partnerdigest.crawl;
