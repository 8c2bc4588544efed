package org.partnerdigest.crawl;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Feed health for editors and {@code /api/feeds}: every feed of the current catalog (in catalog
 * order) with its fetch state and how many live entries the archive holds for it. A feed never
 * fetched yet shows as {@code new}, due at once.
 */
@Service
public class FeedHealth {

  private final CatalogService catalog;
  private final FeedStateStore states;
  private final JdbcClient jdbc;

  FeedHealth(CatalogService catalog, FeedStateStore states, JdbcClient jdbc) {
    this.catalog = catalog;
    this.states = states;
    this.jdbc = jdbc;
  }

  /** The health of every catalog feed. */
  public List<FeedStatus> all() {
    Map<String, FeedState> known =
        states.all().stream().collect(Collectors.toMap(FeedState::feedKey, Function.identity()));
    Map<String, Long> counts = entryCounts();
    return catalog.current().feeds().stream()
        .map(f -> status(f, known.get(f.key()), counts.getOrDefault(f.key(), 0L)))
        .toList();
  }

  private static FeedStatus status(FeedSource feed, FeedState state, long entries) {
    FeedState s = state == null ? FeedState.fresh(feed.key(), feed.url()) : state;
    return new FeedStatus(
        feed.key(),
        s.status().label(),
        s.lastFetch(),
        s.lastSuccess(),
        s.lastError(),
        s.consecutiveFailures(),
        entries,
        s.nextFetch(),
        s.movedTo(),
        s.feedTitle());
  }

  private Map<String, Long> entryCounts() {
    return jdbc
        .sql("SELECT feed_key, COUNT(*) AS n FROM entry WHERE deleted = ? GROUP BY feed_key")
        .param(false)
        .query((row, n) -> Map.entry(row.getString("feed_key"), row.getLong("n")))
        .list()
        .stream()
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
  }
}
