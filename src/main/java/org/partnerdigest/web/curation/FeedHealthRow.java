package org.partnerdigest.web.curation;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.partnerdigest.archive.FeedActivity;
import org.partnerdigest.archive.FeedHealth;
import org.partnerdigest.archive.FeedState;
import org.partnerdigest.archive.FeedStatus;

/**
 * One feed on the health page: the catalog entry, how its fetches go and how it has been posting.
 *
 * @param attention 0 failing (also rate-limited, gone), 1 silent for longer than its rhythm, 2
 *     moved, 3 never fetched, 4 fine, 5 paused: the default order of the page
 * @param silentFor how long it has posted nothing, in words, when that is longer than its rhythm
 */
record FeedHealthRow(
    String key,
    String title,
    URI url,
    String groupTitle,
    boolean official,
    boolean enabled,
    String status,
    Instant lastSuccess,
    String lastSuccessWords,
    String lastError,
    String lastErrorWords,
    int failures,
    long entries,
    Instant nextFetch,
    String nextFetchWords,
    URI movedTo,
    boolean gone,
    String silentFor,
    String usualGap,
    Sparkline sparkline,
    int attention) {

  static FeedHealthRow of(FeedHealth health, Instant now) {
    FeedState state = health.state();
    FeedActivity activity = health.activity();
    boolean enabled = health.profile().source().enabled();
    boolean silent = enabled && activity.silentAt(now);
    return new FeedHealthRow(
        health.key(),
        health.title(),
        health.profile().source().url(),
        health.profile().groupTitle(),
        health.profile().official(),
        enabled,
        state.status().label(),
        state.attempts().lastSuccess(),
        TimeWords.relative(state.attempts().lastSuccess(), now),
        state.lastError(),
        FailureWords.explain(state.lastError()),
        state.attempts().consecutiveFailures(),
        health.entryCount(),
        enabled ? state.nextFetch() : null,
        enabled ? nextFetchWords(state, now) : "paused",
        state.movedTo(),
        state.status() == FeedStatus.GONE,
        silent ? TimeWords.span(Duration.between(activity.newestEntry(), now)) : null,
        activity.usualGap() == null ? null : gapWords(activity.usualGap()),
        Sparkline.of(activity.weeklyEntries()),
        attention(state.status(), enabled, silent));
  }

  public String exact(Instant when) {
    return TimeWords.exact(when);
  }

  private static String nextFetchWords(FeedState state, Instant now) {
    if (state.status() == FeedStatus.GONE) {
      return "never (gone)";
    }
    if (state.nextFetch() == null || !state.nextFetch().isAfter(now)) {
      return "due now";
    }
    return TimeWords.relative(state.nextFetch(), now);
  }

  private static String gapWords(Duration gap) {
    String span = TimeWords.span(gap);
    return span == null ? "several a minute" : "about every " + span;
  }

  private static int attention(FeedStatus status, boolean enabled, boolean silent) {
    if (!enabled) {
      return 5;
    }
    if (status.failed()) {
      return 0;
    }
    if (silent) {
      return 1;
    }
    return switch (status) {
      case MOVED -> 2;
      case NEW -> 3;
      default -> 4;
    };
  }
}
