package org.partnerdigest.web.curation;

import java.net.URI;
import java.util.List;

/**
 * What adding a tried feed would bring: nothing of it is stored.
 *
 * @param feedUrl the address to add (the new one when the feed moved permanently)
 * @param latest the newest five entries as they would appear, titles and excerpts as plain text
 * @param warnings what an editor should know before adding it, in words
 * @param suggestedKey a free key made from the title
 * @param listedAs the key of the catalog feed that already has this URL, or {@code null}
 */
record FeedPreview(
    URI feedUrl,
    String title,
    String siteLink,
    String format,
    int entryCount,
    List<Entry> latest,
    List<String> warnings,
    String suggestedKey,
    String listedAs) {

  /** One entry as a result list would show it. */
  record Entry(String title, String link, String date, String author, String excerpt) {}
}
