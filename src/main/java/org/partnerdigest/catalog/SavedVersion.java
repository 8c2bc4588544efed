package org.partnerdigest.catalog;

import java.time.Instant;

/**
 * An earlier version of {@code feeds.yml}, kept when a browser edit replaced it.
 *
 * @param name the file name in the history folder, e.g. {@code feeds-20261203T084052.123Z.yml}
 * @param replacedAt when it was replaced
 * @param size its size in bytes
 */
public record SavedVersion(String name, Instant replacedAt, long size) {}
