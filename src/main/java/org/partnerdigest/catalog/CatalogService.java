package org.partnerdigest.catalog;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The running catalog: loads {@code feeds.yml}, reloads it on change, keeps the last good catalog
 * when an edit has errors and exposes those errors. Publishes {@link CatalogChanged}.
 */
@Service
public class CatalogService {

  /** The last good catalog. */
  public Catalog current() {
    return Catalog.empty();
  }

  /** Problems of the latest edit, empty when it loaded cleanly. */
  public List<CatalogProblem> problems() {
    return List.of();
  }
}
