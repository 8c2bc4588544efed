/** The command line: inspect, validate, crawl --once, reindex, hash-password. */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"catalog", "content", "archive", "crawl", "search", "web"})
package org.partnerdigest.cli;
