package org.partnerdigest.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * The bundled offline samples: {@code sample:NAME} reads {@code samples/NAME} from the classpath,
 * so a first run without internet has content. Absent when {@code partner-digest.samples.enabled}
 * is false; the crawler then skips {@code sample:} feeds.
 */
@Component
@ConditionalOnBooleanProperty(name = "partner-digest.samples.enabled", matchIfMissing = true)
class SampleDocuments {

  static final String SCHEME = "sample";

  static boolean isSample(URI url) {
    return SCHEME.equalsIgnoreCase(url.getScheme());
  }

  /** The sample as if fetched; a bad or missing name is a failed fetch, never an exception. */
  FetchOutcome read(URI url) {
    String name = url.getSchemeSpecificPart();
    if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
      return new FetchOutcome.Failed("not a bundled sample name: " + url);
    }
    try (InputStream in = SampleDocuments.class.getResourceAsStream("/samples/" + name)) {
      if (in == null) {
        return new FetchOutcome.Failed("no bundled sample named " + name);
      }
      return new FetchOutcome.Fetched(in.readAllBytes(), contentType(name), url, null, null, null);
    } catch (IOException e) {
      return new FetchOutcome.Failed("cannot read bundled sample " + name + ": " + e.getMessage());
    }
  }

  private static String contentType(String name) {
    if (name.endsWith(".json")) {
      return "application/feed+json";
    }
    if (name.endsWith(".atom")) {
      return "application/atom+xml";
    }
    if (name.endsWith(".rdf")) {
      return "application/rdf+xml";
    }
    return "application/xml";
  }
}
