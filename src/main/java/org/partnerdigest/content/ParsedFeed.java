package org.partnerdigest.content;

import java.time.Duration;
import java.util.List;

/**
 * What one fetched document turned into.
 *
 * @param format {@code rss_2.0}, {@code atom_1.0}, {@code rss_1.0}, {@code json_1.1}, …
 * @param recovered true when the document was not well-formed and was parsed by recovery
 * @param refreshHint the feed's own {@code ttl}/{@code sy:updatePeriod} hint, or {@code null}
 */
public record ParsedFeed(
    String format,
    FeedInfo feed,
    List<ParsedEntry> entries,
    boolean recovered,
    Duration refreshHint) {

  public ParsedFeed {
    entries = List.copyOf(entries);
  }

  /**
   * Feed-level metadata; any field may be {@code null}.
   *
   * @param language the {@code language} element, else the {@code xml:lang} in scope at the feed,
   *     else the HTTP {@code Content-Language}
   * @param id the feed's own identifier (Atom {@code id})
   */
  public record FeedInfo(
      String title,
      String link,
      String description,
      String language,
      String author,
      java.time.Instant updated,
      String id) {}
}
