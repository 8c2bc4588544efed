/** The command line: inspect, validate, crawl --once, reindex. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"catalog", "content", "crawl", "search"})
package org.partnerdigest.cli;
