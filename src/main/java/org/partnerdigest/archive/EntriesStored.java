package org.partnerdigest.archive;

/** Published after a crawl transaction commits new or changed entries, up to {@code maxSeq}. */
public record EntriesStored(String feedKey, long maxSeq) {}
