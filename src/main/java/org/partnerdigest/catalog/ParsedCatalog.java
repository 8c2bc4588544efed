package org.partnerdigest.catalog;

import java.util.List;

/**
 * The outcome of reading a {@code feeds.yml}: the catalog and every problem found, sorted by
 * position.
 *
 * @param catalog what could be read; use it only when {@link #ok()}
 * @param problems all problems, empty when the file is valid
 */
public record ParsedCatalog(Catalog catalog, List<CatalogProblem> problems) {

  public ParsedCatalog {
    problems = List.copyOf(problems);
  }

  /** True when the file had no problems and {@link #catalog()} may be used. */
  public boolean ok() {
    return problems.isEmpty();
  }
}
