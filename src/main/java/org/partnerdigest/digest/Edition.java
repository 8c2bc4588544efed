package org.partnerdigest.digest;

import java.time.Instant;

/**
 * An edition as stored: its scheduled cut-off (its identity), its key ({@code 2026-W49}), the
 * window of first-archived times it covers ({@code windowStart} exclusive, {@code cutoff}
 * inclusive) and its composed content.
 */
record Edition(
    Instant cutoff, String key, Instant windowStart, Instant created, EditionContent content) {}
