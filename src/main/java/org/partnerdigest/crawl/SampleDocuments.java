package org.partnerdigest.crawl;

import java.io.UncheckedIOException;
import java.net.URI;
import org.partnerdigest.catalog.BundledSamples;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * Serves {@link BundledSamples} to the crawl as if fetched. Absent when {@code
 * partner-digest.samples.enabled} is false; the crawler then skips {@code sample:} feeds.
 */
@Component
@ConditionalOnBooleanProperty(name = "partner-digest.samples.enabled", matchIfMissing = true)
class SampleDocuments {

  /** The sample as if fetched; a bad or missing name is a failed fetch, never an exception. */
  FetchOutcome read(URI url) {
    var name = BundledSamples.name(url.toString());
    if (name.isEmpty()) {
      return new FetchOutcome.Failed("not a bundled sample name: " + url);
    }
    try {
      return BundledSamples.read(name.get())
          .<FetchOutcome>map(
              body ->
                  new FetchOutcome.Fetched(
                      body, BundledSamples.contentType(name.get()), url, null, null, null))
          .orElseGet(() -> new FetchOutcome.Failed("no bundled sample named " + name.get()));
    } catch (UncheckedIOException e) {
      return new FetchOutcome.Failed(e.getMessage());
    }
  }
}
