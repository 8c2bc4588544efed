package org.partnerdigest.search;

import java.time.InstantSource;
import org.partnerdigest.archive.EntriesStored;
import org.partnerdigest.archive.EntryArchive;
import org.partnerdigest.archive.IndexBacklog;
import org.partnerdigest.catalog.CatalogChanged;
import org.partnerdigest.catalog.CatalogService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.event.TransactionalEventListener;

/** Wires the index to the archive, the catalog and their events. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

  @Bean
  SearchIndex searchIndex(
      SearchProperties properties,
      EntryArchive archive,
      CatalogService catalog,
      ObjectProvider<InstantSource> clock,
      ObjectProvider<IndexBacklog> backlog) {
    SearchIndex index =
        new SearchIndex(
            properties, archive, catalog.current(), clock.getIfAvailable(InstantSource::system));
    backlog.ifAvailable(index::reportProgressTo);
    return index;
  }

  @Bean
  IndexEvents indexEvents(SearchIndex index) {
    return new IndexEvents(index);
  }

  /** Wakes the indexer when entries are stored (after the commit) and follows catalog edits. */
  record IndexEvents(SearchIndex index) {

    @TransactionalEventListener(fallbackExecution = true)
    public void on(EntriesStored event) {
      index.wake();
    }

    @EventListener
    public void on(CatalogChanged event) {
      index.catalogChanged(event.current());
    }
  }
}
