package org.partnerdigest.archive;

import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedProfile;
import org.springframework.stereotype.Service;

/**
 * The one place that joins the catalog's feeds with their fetch state, entry counts and posting
 * activity, for the pages, the API and health checks. Every feed of the current catalog is listed,
 * in catalog order; one never fetched shows as {@code new}, due at once.
 */
@Service
public class FeedDirectory {

  private final CatalogService catalog;
  private final FeedStateStore states;
  private final EntryCounts counts;
  private final InstantSource clock;

  FeedDirectory(
      CatalogService catalog, FeedStateStore states, EntryCounts counts, InstantSource clock) {
    this.catalog = catalog;
    this.states = states;
    this.counts = counts;
    this.clock = clock;
  }

  /** The health of every catalog feed. */
  public List<FeedHealth> all() {
    Map<String, FeedState> known =
        states.all().stream().collect(Collectors.toMap(FeedState::feedKey, Function.identity()));
    Map<String, Long> entries = counts.live();
    Map<String, FeedActivity> activity = counts.activity(clock.instant());
    return catalog.current().profiles().stream()
        .map(
            p ->
                health(
                    p,
                    known.get(p.key()),
                    entries.getOrDefault(p.key(), 0L),
                    activity.getOrDefault(p.key(), FeedActivity.none())))
        .toList();
  }

  private static FeedHealth health(
      FeedProfile profile, FeedState state, long entries, FeedActivity activity) {
    FeedState s = state == null ? FeedState.fresh(profile.key(), profile.source().url()) : state;
    return new FeedHealth(profile, s, entries, activity);
  }
}
