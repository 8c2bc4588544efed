package org.partnerdigest.catalog;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings; documented in docs/catalog.md.
 *
 * @param feedsFile the editor's file ({@code partner-digest.feeds-file})
 * @param dataDir the data directory; versions replaced by browser edits go to its {@code
 *     feeds-history/} folder
 * @param catalog reloading and history ({@code partner-digest.catalog.*})
 */
@ConfigurationProperties("partner-digest")
record CatalogProperties(
    @DefaultValue("./feeds.yml") Path feedsFile,
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Settings catalog) {

  /**
   * @param reloadInterval how often {@code feeds.yml} is checked for changes
   * @param historySize how many earlier versions of {@code feeds.yml} browser edits keep
   */
  record Settings(
      @DefaultValue("2s") Duration reloadInterval, @DefaultValue("50") int historySize) {}

  Path historyDir() {
    return dataDir.resolve("feeds-history");
  }
}
