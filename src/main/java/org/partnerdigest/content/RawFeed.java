package org.partnerdigest.content;

import java.time.Duration;
import java.util.List;

/** A document as a format parser read it, before cleaning and identity. */
record RawFeed(
    String format, ParsedFeed.FeedInfo feed, List<RawEntry> entries, Duration refreshHint) {}
