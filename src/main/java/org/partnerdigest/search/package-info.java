/**
 * The Lucene index derived from the entry archive: indexer tailing {@code seq}, analyzers, topic
 * tagging, queries, facets, highlights. Uses {@code content} only for the entry record the archive
 * hands out ({@code ParsedEntry}).
 */
@org.springframework.modulith.ApplicationModule(
    allowedDependencies = {"catalog", "content", "archive"})
package org.partnerdigest.search;
