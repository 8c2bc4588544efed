package org.partnerdigest.web;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.partnerdigest.catalog.Catalog;
import org.partnerdigest.catalog.FeedSource;
import org.partnerdigest.crawl.FeedStatus;

/**
 * A source as {@code /api/feeds} and the feeds page show it: the editor's entry joined with its
 * health from the feed state.
 *
 * @param status ok, not-modified, moved, gone, rate-limited, failing, or new before the first fetch
 */
record SourceView(
    String key,
    String title,
    URI url,
    String group,
    String groupTitle,
    boolean official,
    boolean enabled,
    String status,
    Instant lastFetch,
    Instant lastSuccess,
    String lastError,
    int consecutiveFailures,
    long entryCount,
    Instant nextFetch,
    URI movedTo) {

  static SourceView of(FeedSource source, FeedStatus health, Catalog catalog) {
    var group = source.group() == null ? null : catalog.group(source.group()).orElse(null);
    String title = source.title();
    if (title == null && health != null) {
      title = health.feedTitle();
    }
    if (title == null) {
      title = source.key();
    }
    boolean official =
        group != null && group.tier() == org.partnerdigest.catalog.Group.Tier.OFFICIAL;
    String groupTitle = group == null ? null : group.title();
    if (health == null) {
      return new SourceView(
          source.key(),
          title,
          source.url(),
          source.group(),
          groupTitle,
          official,
          source.enabled(),
          source.enabled() ? "new" : "disabled",
          null,
          null,
          null,
          0,
          0,
          null,
          null);
    }
    return new SourceView(
        source.key(),
        title,
        source.url(),
        source.group(),
        groupTitle,
        official,
        source.enabled(),
        health.status(),
        health.lastFetch(),
        health.lastSuccess(),
        health.lastError(),
        health.consecutiveFailures(),
        health.entryCount(),
        health.nextFetch(),
        health.movedTo());
  }

  /** The feed's URL as a link for the feeds page, only when it is http(s) ({@link HttpLinks}). */
  public String href() {
    return url == null ? null : HttpLinks.only(url.toString());
  }

  /** A fetch time for people, in UTC, e.g. "25 Nov 21:34". */
  public String when(Instant instant) {
    return instant == null ? null : SHORT_TIME.format(instant);
  }

  private static final DateTimeFormatter SHORT_TIME =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC);
}
