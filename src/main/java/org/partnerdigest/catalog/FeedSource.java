package org.partnerdigest.catalog;

import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * One source from {@code feeds.yml}.
 *
 * @param group the key of its {@link Group}, or {@code null}
 * @param title the editor's title, or {@code null} to use the feed's own
 * @param refresh the editor's fixed refresh interval, or {@code null} for adaptive refresh
 */
public record FeedSource(
    String key,
    URI url,
    String title,
    String group,
    List<String> tags,
    boolean enabled,
    Duration refresh) {

  public FeedSource {
    tags = List.copyOf(tags);
  }
}
