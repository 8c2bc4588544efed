package org.partnerdigest.archive;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@link EntryArchive} over the {@code entry} table. Flag changes publish {@link EntriesStored}
 * after commit so the indexer picks them up at once.
 */
@Component
class JdbcEntryArchive implements EntryArchive {

  private final JdbcClient jdbc;
  private final SeqCounter seqCounter;
  private final ArchiveTransactions transactions;
  private final ApplicationEventPublisher events;

  JdbcEntryArchive(
      JdbcClient jdbc,
      SeqCounter seqCounter,
      ArchiveTransactions transactions,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.seqCounter = seqCounter;
    this.transactions = transactions;
    this.events = events;
  }

  @Override
  public List<ArchivedEntry> changesAfter(long afterSeq, int limit) {
    return jdbc.sql(
            "SELECT " + EntryRows.COLUMNS + " FROM entry WHERE seq > ? ORDER BY seq LIMIT ?")
        .params(afterSeq, limit)
        .query(EntryRows.MAPPER)
        .list();
  }

  @Override
  public long lastSeq() {
    return seqCounter.current();
  }

  @Override
  public Optional<ArchivedEntry> find(String id) {
    return jdbc.sql("SELECT " + EntryRows.COLUMNS + " FROM entry WHERE id = ?")
        .param(id)
        .query(EntryRows.MAPPER)
        .optional();
  }

  @Override
  public List<ArchivedEntry> latest(int limit) {
    return jdbc.sql(
            "SELECT "
                + EntryRows.COLUMNS
                + " FROM entry WHERE hidden = ? AND deleted = ?"
                + " ORDER BY COALESCE(published, first_seen) DESC, seq DESC LIMIT ?")
        .params(false, false, limit)
        .query(EntryRows.MAPPER)
        .list();
  }

  @Override
  public List<ArchivedEntry> firstSeenBetween(Instant afterExclusive, Instant toInclusive) {
    return jdbc.sql(
            "SELECT "
                + EntryRows.COLUMNS
                + " FROM entry WHERE first_seen > ? AND first_seen <= ?"
                + " AND hidden = ? AND deleted = ? ORDER BY first_seen, seq")
        .params(afterExclusive.toEpochMilli(), toInclusive.toEpochMilli(), false, false)
        .query(EntryRows.MAPPER)
        .list();
  }

  @Override
  public boolean setHidden(String id, boolean hidden) {
    return setFlags("hidden = ?", id, hidden);
  }

  @Override
  public boolean setPinned(String id, boolean pinned) {
    return setPinned(id, pinned, null);
  }

  @Override
  public boolean setPinned(String id, boolean pinned, String note) {
    String kept = pinned && note != null && !note.isBlank() ? note.strip() : null;
    if (kept != null && kept.length() > MAX_PIN_NOTE) {
      throw new IllegalArgumentException(
          "a pin note has at most " + MAX_PIN_NOTE + " characters, had " + kept.length());
    }
    return setFlags("pinned = ?, pin_note = ?", id, pinned, kept);
  }

  private boolean setFlags(String assignments, String id, Object... values) {
    Optional<EntriesStored> stored =
        transactions.write(
            () ->
                jdbc.sql("SELECT feed_key FROM entry WHERE id = ?")
                    .param(id)
                    .query(String.class)
                    .optional()
                    .map(
                        feedKey -> {
                          long seq = seqCounter.reserve(1);
                          List<Object> params = new ArrayList<>(Arrays.asList(values));
                          params.add(seq);
                          params.add(id);
                          jdbc.sql("UPDATE entry SET " + assignments + ", seq = ? WHERE id = ?")
                              .params(params)
                              .update();
                          return new EntriesStored(feedKey, seq);
                        }));
    stored.ifPresent(events::publishEvent);
    return stored.isPresent();
  }
}
