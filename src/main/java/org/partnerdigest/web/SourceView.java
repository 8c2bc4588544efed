package org.partnerdigest.web;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.partnerdigest.archive.FeedHealth;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.catalog.FeedProfile;

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

  static SourceView of(FeedHealth health) {
    FeedProfile profile = health.profile();
    FeedState state = health.state();
    return new SourceView(
        profile.key(),
        health.title(),
        profile.source().url(),
        profile.groupKey(),
        profile.groupTitle(),
        profile.official(),
        profile.source().enabled(),
        state.status().label(),
        state.attempts().lastFetch(),
        state.attempts().lastSuccess(),
        state.attempts().lastError(),
        state.attempts().consecutiveFailures(),
        health.entryCount(),
        state.schedule().nextFetch(),
        state.movedTo());
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
