/**
 * Due-feed scheduling, polite and safe HTTP fetching, what a fetch outcome means for a feed's state
 * (backoff, refresh), the bundled samples; stores through the archive.
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"catalog", "content", "archive"})
package org.partnerdigest.crawl;
