package org.partnerdigest.web.curation;

import java.net.URI;
import java.util.List;

/**
 * The outcome of trying a URL: a preview, or why there is none.
 *
 * @param error why nothing could be previewed, or {@code null}
 * @param errorWords the error explained, or {@code null}
 * @param discoveredFrom the HTML page whose feed links led to the preview, or {@code null}
 * @param discovered every feed link that page advertises (the preview shows the first)
 */
record TrialResult(
    String input,
    FeedPreview preview,
    String error,
    String errorWords,
    URI discoveredFrom,
    List<URI> discovered) {

  static TrialResult failed(String input, String error) {
    return new TrialResult(input, null, error, FailureWords.explain(error), null, List.of());
  }

  TrialResult foundOn(URI page, List<URI> links) {
    return new TrialResult(input, preview, error, errorWords, page, links);
  }
}
