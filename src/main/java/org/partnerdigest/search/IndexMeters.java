package org.partnerdigest.search;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.function.ToDoubleFunction;
import org.partnerdigest.archive.EntryArchive;
import org.springframework.stereotype.Component;

/**
 * The index's gauges, read at each scrape: how far it lags the archive ({@code seq} archived minus
 * {@code seq} searchable), its documents and its size on disk. README ("Metrics") lists them.
 */
@Component
class IndexMeters implements MeterBinder {

  private final SearchIndex index;
  private final EntryArchive archive;

  IndexMeters(SearchIndex index, EntryArchive archive) {
    this.index = index;
    this.archive = archive;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    gauge(
        registry,
        "search.index.lag",
        "Archive changes not yet searchable (archived seq minus indexed seq)",
        null,
        meters -> Math.max(0, meters.archive.lastSeq() - meters.index.indexedSeq()));
    gauge(
        registry,
        "search.index.documents",
        "Documents in the live index",
        null,
        meters -> meters.index.documentCount());
    gauge(
        registry,
        "search.index.size",
        "Size of the live index on disk",
        "bytes",
        meters -> meters.index.sizeInBytes());
  }

  /** A gauge that reads NaN, not an exception, while the index or database is unavailable. */
  private void gauge(
      MeterRegistry registry,
      String name,
      String description,
      String unit,
      ToDoubleFunction<IndexMeters> value) {
    Gauge.builder(
            name,
            this,
            meters -> {
              try {
                return value.applyAsDouble(meters);
              } catch (RuntimeException e) {
                return Double.NaN;
              }
            })
        .description(description)
        .baseUnit(unit)
        .strongReference(true)
        .register(registry);
  }
}
