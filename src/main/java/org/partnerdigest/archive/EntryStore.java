package org.partnerdigest.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.partnerdigest.content.ParsedEntry;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes fetch results: a successful fetch's new and changed entries together with the feed's new
 * state in ONE transaction (so validators never run ahead of the entries they produced), and
 * state-only updates for 304s and failures. Publishes {@link EntriesStored} after commit.
 */
@Component
public class EntryStore {

  private final JdbcClient jdbc;
  private final SeqCounter seqCounter;
  private final FeedStateStore states;
  private final ArchiveTransactions transactions;
  private final ApplicationEventPublisher events;
  private final IndexBacklog backlog;

  EntryStore(
      JdbcClient jdbc,
      SeqCounter seqCounter,
      FeedStateStore states,
      ArchiveTransactions transactions,
      ApplicationEventPublisher events,
      IndexBacklog backlog) {
    this.jdbc = jdbc;
    this.seqCounter = seqCounter;
    this.states = states;
    this.transactions = transactions;
    this.events = events;
    this.backlog = backlog;
  }

  /**
   * Stores a parsed document's entries and the feed's new state. New entries and changed ones
   * (different content hash) take new {@code seq} values; unchanged ones and tombstones are not
   * touched, so purged entries do not come back. Waits first while the search index trails too far
   * ({@link IndexBacklog}).
   */
  public StoreResult storeFetched(FeedState newState, List<ParsedEntry> entries, Instant now) {
    if (!entries.isEmpty()) {
      backlog.awaitRoom();
    }
    StoreResult result = transactions.write(() -> write(newState, entries, now));
    if (result.wroteEntries()) {
      backlog.stored(result.maxSeq());
      events.publishEvent(new EntriesStored(newState.feedKey(), result.maxSeq()));
    }
    return result;
  }

  /** A 304 or a failure: only the state changes. */
  public void saveState(FeedState state) {
    transactions.write(
        () -> {
          states.save(state);
          return null;
        });
  }

  /** The feed's newest publication dates, for the planner's rhythm when a 304 gives none. */
  public List<Instant> recentPublished(FeedState state) {
    return jdbc
        .sql(
            "SELECT published FROM entry WHERE feed_key = ? AND published IS NOT NULL"
                + " ORDER BY published DESC LIMIT 20")
        .param(state.feedKey())
        .query(Long.class)
        .list()
        .stream()
        .map(Instant::ofEpochMilli)
        .toList();
  }

  private StoreResult write(FeedState state, List<ParsedEntry> entries, Instant now) {
    Map<String, ParsedEntry> incoming = new LinkedHashMap<>();
    entries.forEach(e -> incoming.putIfAbsent(e.id(), e));
    Map<String, Known> known = known(incoming.keySet());
    List<ParsedEntry> added = new ArrayList<>();
    List<ParsedEntry> changed = new ArrayList<>();
    for (ParsedEntry entry : incoming.values()) {
      Known k = known.get(entry.id());
      if (k == null) {
        added.add(entry);
      } else if (!k.deleted() && !Objects.equals(k.contentHash(), entry.contentHash())) {
        changed.add(entry);
      }
    }
    long maxSeq = 0;
    int count = added.size() + changed.size();
    if (count > 0) {
      long seq = seqCounter.reserve(count);
      for (ParsedEntry entry : added) {
        insert(state.feedKey(), entry, seq++, now);
      }
      for (ParsedEntry entry : changed) {
        update(entry, seq++);
      }
      maxSeq = seq - 1;
    }
    states.save(state);
    return new StoreResult(added.size(), changed.size(), maxSeq);
  }

  private record Known(String contentHash, boolean deleted) {}

  private Map<String, Known> known(Set<String> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String marks = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
    Map<String, Known> known = new LinkedHashMap<>();
    jdbc.sql("SELECT id, content_hash, deleted FROM entry WHERE id IN (" + marks + ")")
        .params(new ArrayList<>(ids))
        .query(
            row -> {
              known.put(
                  row.getString("id"),
                  new Known(row.getString("content_hash"), row.getBoolean("deleted")));
            });
    return known;
  }

  private void insert(String feedKey, ParsedEntry e, long seq, Instant now) {
    jdbc.sql(
            "INSERT INTO entry (id, feed_key, seq, guid, title, link, author, published, updated,"
                + " summary, content, categories, text, excerpt, content_hash, first_seen,"
                + " hidden, pinned, deleted, notes)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            e.id(),
            feedKey,
            seq,
            e.guid(),
            e.title(),
            e.link(),
            e.author(),
            EntryRows.millis(e.published()),
            EntryRows.millis(e.updated()),
            e.summary(),
            e.content(),
            EntryRows.json(e.categories()),
            e.text(),
            e.excerpt(),
            e.contentHash(),
            now.toEpochMilli(),
            false,
            false,
            false,
            EntryRows.notesJson(e.notes()))
        .update();
  }

  /** A changed post is updated in place; its first-seen time and editor flags stay. */
  private void update(ParsedEntry e, long seq) {
    jdbc.sql(
            "UPDATE entry SET seq = ?, guid = ?, title = ?, link = ?, author = ?, published = ?,"
                + " updated = ?, summary = ?, content = ?, categories = ?, text = ?, excerpt = ?,"
                + " content_hash = ?, notes = ? WHERE id = ?")
        .params(
            seq,
            e.guid(),
            e.title(),
            e.link(),
            e.author(),
            EntryRows.millis(e.published()),
            EntryRows.millis(e.updated()),
            e.summary(),
            e.content(),
            EntryRows.json(e.categories()),
            e.text(),
            e.excerpt(),
            e.contentHash(),
            EntryRows.notesJson(e.notes()),
            e.id())
        .update();
  }
}
