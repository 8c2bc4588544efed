package org.partnerdigest.catalog;

/** Published when a new good catalog replaces the previous one. */
public record CatalogChanged(Catalog previous, Catalog current) {}
