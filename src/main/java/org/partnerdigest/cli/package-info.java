/** The command line: inspect, validate, crawl --once, reindex. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"catalog", "content", "archive", "crawl", "search"})
package org.partnerdigest.cli;
