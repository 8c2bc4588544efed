package org.partnerdigest.content;

import java.net.URI;
import java.util.List;

/**
 * A document that could not be read as a feed. When it was an HTML page, {@code discoveredFeeds}
 * lists the feed URLs its {@code <link rel="alternate">} elements name.
 */
public class FeedParseException extends Exception {

  private final List<URI> discoveredFeeds;

  public FeedParseException(String message, List<URI> discoveredFeeds) {
    super(message);
    this.discoveredFeeds = List.copyOf(discoveredFeeds);
  }

  public FeedParseException(String message) {
    this(message, List.of());
  }

  public List<URI> discoveredFeeds() {
    return discoveredFeeds;
  }
}
