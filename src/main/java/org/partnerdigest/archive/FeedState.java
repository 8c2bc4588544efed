package org.partnerdigest.archive;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * What the crawler remembers about one feed between fetches (a {@code feed_state} row). The crawl
 * module decides what a fetch means (its policy); the named transitions here only say which parts
 * of the state each kind of outcome changes.
 *
 * @param url the URL this state's validators belong to; a catalog URL change resets them
 * @param movedTo the target of a permanent redirect, fetched instead of {@code url}
 */
public record FeedState(
    String feedKey,
    URI url,
    FeedStatus status,
    Validators validators,
    Attempts attempts,
    Schedule schedule,
    URI movedTo,
    SelfDescription self) {

  /** The HTTP validators of the last 200, sent back for a conditional GET. */
  public record Validators(String etag, String lastModified) {
    public static final Validators NONE = new Validators(null, null);
  }

  /** How the fetches went: when, the last success, the failures in a row and the last error. */
  public record Attempts(
      Instant lastFetch, Instant lastSuccess, int consecutiveFailures, String lastError) {
    static final Attempts NONE = new Attempts(null, null, 0, null);
  }

  /**
   * @param nextFetch when the feed is due next; {@code null} means due at once
   * @param refreshHint the feed's own ttl/updatePeriod hint from its last parse, or {@code null}
   */
  public record Schedule(Instant nextFetch, Duration refreshHint) {
    static final Schedule NOW = new Schedule(null, null);
  }

  /** What the feed says about itself: its own title and site link. */
  public record SelfDescription(String title, String link) {
    static final SelfDescription UNKNOWN = new SelfDescription(null, null);
  }

  /** A feed never fetched: no validators, due at once. */
  public static FeedState fresh(String feedKey, URI url) {
    return new FeedState(
        feedKey,
        url,
        FeedStatus.NEW,
        Validators.NONE,
        Attempts.NONE,
        Schedule.NOW,
        null,
        SelfDescription.UNKNOWN);
  }

  /** The same feed at a new URL: validators of the old URL no longer apply; due at once. */
  public FeedState movedByEditor(URI newUrl) {
    return new FeedState(
        feedKey,
        newUrl,
        FeedStatus.NEW,
        Validators.NONE,
        new Attempts(attempts.lastFetch(), attempts.lastSuccess(), 0, null),
        Schedule.NOW,
        null,
        self);
  }

  /**
   * A fetch that worked (a 200 that parsed, or a 304): the failure count resets.
   *
   * @param movedNow a permanent redirect seen on this fetch, or {@code null} to keep the known one
   */
  public FeedState succeeded(
      FeedStatus newStatus,
      Validators newValidators,
      Instant now,
      Schedule next,
      URI movedNow,
      SelfDescription newSelf) {
    URI moved = movedNow != null ? movedNow : movedTo;
    return new FeedState(
        feedKey,
        url,
        moved != null ? FeedStatus.MOVED : newStatus,
        newValidators,
        new Attempts(now, now, 0, null),
        next,
        moved,
        newSelf);
  }

  /** A fetch that failed: validators, redirect and self-description stay; the count goes up. */
  public FeedState failed(FeedStatus newStatus, String error, Instant now, Instant nextFetch) {
    return new FeedState(
        feedKey,
        url,
        newStatus,
        validators,
        new Attempts(now, attempts.lastSuccess(), attempts.consecutiveFailures() + 1, error),
        new Schedule(nextFetch, schedule.refreshHint()),
        movedTo,
        self);
  }

  /** Where to fetch from: the permanent redirect target when the feed moved, else its URL. */
  public URI fetchUrl() {
    return movedTo != null ? movedTo : url;
  }

  public String lastError() {
    return attempts.lastError();
  }

  public Instant nextFetch() {
    return schedule.nextFetch();
  }
}
