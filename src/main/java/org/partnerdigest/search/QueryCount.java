package org.partnerdigest.search;

/**
 * How often a normalised query was searched within the insights window.
 *
 * @param withoutResults how many of those searches found nothing
 * @param lastResults the result count of the latest day's last search
 */
public record QueryCount(String query, long searches, long withoutResults, long lastResults) {}
