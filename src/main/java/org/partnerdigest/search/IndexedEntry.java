package org.partnerdigest.search;

import java.time.Instant;
import java.util.List;
import org.partnerdigest.search.SearchResults.FeedRef;

/**
 * An entry as the index holds it: the stored fields the pages need plus the topics it was tagged
 * with at index time and the other feeds that carry the same post.
 *
 * @param group the key of the feed's group, or {@code null}
 * @param tier {@code OFFICIAL} or {@code COMMUNITY}, or {@code null} when the feed has no group
 * @param alsoIn other feeds that syndicate the same post (same canonical link or near-identical
 *     text), empty when none
 */
public record IndexedEntry(
    String id,
    String feedKey,
    String feedTitle,
    String group,
    String tier,
    String title,
    String link,
    String author,
    Instant published,
    String excerpt,
    List<String> categories,
    List<String> topics,
    List<FeedRef> alsoIn) {

  public IndexedEntry {
    categories = List.copyOf(categories);
    topics = List.copyOf(topics);
    alsoIn = List.copyOf(alsoIn);
  }
}
