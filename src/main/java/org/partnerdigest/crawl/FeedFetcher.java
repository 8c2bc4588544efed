package org.partnerdigest.crawl;

import java.net.URI;

/**
 * Fetches one feed URL politely and safely: conditional GET, decoded-byte cap, connect timeout and
 * total deadline, redirects followed by our own code with the private-address guard on every hop.
 * Never throws: every result is a {@link FetchOutcome}.
 */
public class FeedFetcher {

  FetchOutcome fetch(URI url, String etag, String lastModified) {
    return new FetchOutcome.Failed("not built yet");
  }
}
