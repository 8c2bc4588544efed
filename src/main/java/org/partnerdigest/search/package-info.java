/**
 * The Lucene index derived from the entry archive: indexer tailing {@code seq}, analyzers, topic
 * tagging, queries, facets, highlights.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"catalog", "crawl"})
package org.partnerdigest.search;
