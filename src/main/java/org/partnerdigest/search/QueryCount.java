package org.partnerdigest.search;

/**
 * How often a normalised query was searched within the insights window.
 *
 * @param withoutResults how many of those searches found nothing
 * @param lastResults the largest of the days' last result counts (0: it never found anything)
 */
public record QueryCount(String query, long searches, long withoutResults, long lastResults) {}
