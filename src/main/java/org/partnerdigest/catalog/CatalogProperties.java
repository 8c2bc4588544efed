package org.partnerdigest.catalog;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings; documented in docs/catalog.md.
 *
 * @param feedsFile the editor's file ({@code partner-digest.feeds-file})
 * @param catalog reloading ({@code partner-digest.catalog.*})
 */
@ConfigurationProperties("partner-digest")
record CatalogProperties(
    @DefaultValue("./feeds.yml") Path feedsFile, @DefaultValue Reloading catalog) {

  /**
   * @param reloadInterval how often {@code feeds.yml} is checked for changes
   */
  record Reloading(@DefaultValue("2s") Duration reloadInterval) {}
}
