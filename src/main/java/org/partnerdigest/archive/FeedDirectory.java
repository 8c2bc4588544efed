package org.partnerdigest.archive;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerdigest.catalog.CatalogService;
import org.partnerdigest.catalog.FeedProfile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The one place that joins the catalog's feeds with their fetch state and entry counts, for the
 * pages, the API and health checks. Every feed of the current catalog is listed, in catalog order;
 * one never fetched shows as {@code new}, due at once.
 */
@Service
public class FeedDirectory {

  private final CatalogService catalog;
  private final FeedStateStore states;
  private final JdbcClient jdbc;

  FeedDirectory(CatalogService catalog, FeedStateStore states, JdbcClient jdbc) {
    this.catalog = catalog;
    this.states = states;
    this.jdbc = jdbc;
  }

  /** The health of every catalog feed. */
  public List<FeedHealth> all() {
    Map<String, FeedState> known =
        states.all().stream().collect(Collectors.toMap(FeedState::feedKey, Function.identity()));
    Map<String, Long> counts = entryCounts();
    return catalog.current().profiles().stream()
        .map(p -> health(p, known.get(p.key()), counts.getOrDefault(p.key(), 0L)))
        .toList();
  }

  private static FeedHealth health(FeedProfile profile, FeedState state, long entries) {
    FeedState s = state == null ? FeedState.fresh(profile.key(), profile.source().url()) : state;
    return new FeedHealth(profile, s, entries);
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
