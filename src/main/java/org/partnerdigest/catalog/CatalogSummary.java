package org.partnerdigest.catalog;

/** Counts a catalog for people: "12 feeds, 4 groups, 9 topics, 6 synonym sets". */
public final class CatalogSummary {

  private CatalogSummary() {}

  public static String of(Catalog catalog) {
    return count(catalog.feeds().size(), "feed")
        + ", "
        + count(catalog.groups().size(), "group")
        + ", "
        + count(catalog.topics().size(), "topic")
        + ", "
        + count(catalog.synonyms().size(), "synonym set");
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
