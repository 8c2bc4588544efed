package org.partnerdigest.search;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the search module.
 *
 * @param dataDir the data directory; the index lives in its {@code index/} folder
 * @param search the indexer's timing and batch size
 */
@ConfigurationProperties("partner-digest")
record SearchProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Search search) {

  /**
   * @param commitInterval how often pending index changes are committed durably
   * @param pollInterval how often the indexer looks for archive changes without being told
   * @param batchSize how many archive changes one indexing batch takes
   * @param reindexOnCatalogChange rebuild when analyzer, synonyms or topics change
   * @param queryTimeBudget how long one search may collect matches before answering with what it
   *     found, marked partial
   * @param expensiveQueries how many expensive queries are answered at once; 0 means half the cores
   *     (at least one)
   * @param expensiveQueryWait how long an expensive query waits for its turn before a 503
   * @see QueryLimits
   */
  record Search(
      @DefaultValue("5s") Duration commitInterval,
      @DefaultValue("2s") Duration pollInterval,
      @DefaultValue("500") int batchSize,
      @DefaultValue("true") boolean reindexOnCatalogChange,
      @DefaultValue(QueryLimits.DEFAULT_TIME_BUDGET) Duration queryTimeBudget,
      @DefaultValue("0") int expensiveQueries,
      @DefaultValue(QueryLimits.DEFAULT_EXPENSIVE_WAIT) Duration expensiveQueryWait) {}

  Path indexDir() {
    return dataDir.resolve("index");
  }
}
