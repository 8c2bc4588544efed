package org.partnerdigest.digest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code subscriber} and {@code consent} tables. */
@Component
class SubscriberStore {

  private static final String COLUMNS = "id, email, topics, status, created, confirmed";

  private final JdbcClient jdbc;

  SubscriberStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Subscriber> find(String id) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM subscriber WHERE id = ?")
        .param(id)
        .query(SubscriberStore::map)
        .optional();
  }

  Optional<Subscriber> findByEmail(String email) {
    return jdbc.sql("SELECT " + COLUMNS + " FROM subscriber WHERE email_key = ?")
        .param(email.toLowerCase(Locale.ROOT))
        .query(SubscriberStore::map)
        .optional();
  }

  /** A new pending subscriber. */
  Subscriber insert(String email, List<String> topics, Instant now) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "INSERT INTO subscriber (id, email, email_key, topics, status, created, updated)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")
        .params(
            id,
            email,
            email.toLowerCase(Locale.ROOT),
            String.join(" ", topics),
            Subscriber.Status.PENDING.column(),
            now.toEpochMilli(),
            now.toEpochMilli())
        .update();
    return new Subscriber(id, email, topics, Subscriber.Status.PENDING, now, null);
  }

  /** Subscribers that may receive the edition cut at {@code cutoff}: active, confirmed before. */
  List<Subscriber> recipientsAt(Instant cutoff) {
    return jdbc.sql(
            "SELECT "
                + COLUMNS
                + " FROM subscriber WHERE status = ? AND confirmed <= ? ORDER BY confirmed, id")
        .params(Subscriber.Status.ACTIVE.column(), cutoff.toEpochMilli())
        .query(SubscriberStore::map)
        .list();
  }

  void setTopics(String id, List<String> topics, Instant now) {
    jdbc.sql("UPDATE subscriber SET topics = ?, updated = ? WHERE id = ?")
        .params(String.join(" ", topics), now.toEpochMilli(), id)
        .update();
  }

  void setStatus(String id, Subscriber.Status status, Instant now) {
    jdbc.sql(
            "UPDATE subscriber SET status = ?, updated = ?,"
                + " confirmed = CASE WHEN confirmed IS NULL AND ? THEN ? ELSE confirmed END"
                + " WHERE id = ?")
        .params(
            status.column(),
            now.toEpochMilli(),
            status == Subscriber.Status.ACTIVE,
            now.toEpochMilli(),
            id)
        .update();
  }

  void recordConsent(String id, String action, String channel, Instant now) {
    jdbc.sql(
            "INSERT INTO consent (subscriber_id, recorded_at, action, channel) VALUES (?, ?, ?, ?)")
        .params(id, now.toEpochMilli(), action, channel)
        .update();
  }

  /** What the person agreed to and when, oldest first: {@code action channel epochMillis}. */
  List<String> consents(String id) {
    return jdbc.sql(
            "SELECT action, channel, recorded_at FROM consent WHERE subscriber_id = ?"
                + " ORDER BY recorded_at")
        .param(id)
        .query((row, n) -> row.getString(1) + " " + row.getString(2) + " " + row.getLong(3))
        .list();
  }

  /**
   * Removes the subscriber and their consent records; their unsent deliveries go, the others stay
   * for the statistics without the subscriber and without errors that may quote the address.
   */
  void delete(String id) {
    jdbc.sql("DELETE FROM delivery WHERE subscriber_id = ? AND state = 'pending'")
        .param(id)
        .update();
    jdbc.sql("UPDATE delivery SET subscriber_id = NULL, last_error = NULL WHERE subscriber_id = ?")
        .param(id)
        .update();
    jdbc.sql("DELETE FROM consent WHERE subscriber_id = ?").param(id).update();
    jdbc.sql("DELETE FROM subscriber WHERE id = ?").param(id).update();
  }

  /** Deletes addresses that were never confirmed and signed up before {@code before}. */
  int purgeUnconfirmed(Instant before) {
    List<String> ids =
        jdbc.sql("SELECT id FROM subscriber WHERE status = ? AND created < ?")
            .params(Subscriber.Status.PENDING.column(), before.toEpochMilli())
            .query(String.class)
            .list();
    ids.forEach(this::delete);
    return ids.size();
  }

  int count(Subscriber.Status status) {
    return jdbc.sql("SELECT COUNT(*) FROM subscriber WHERE status = ?")
        .param(status.column())
        .query(Integer.class)
        .single();
  }

  private static Subscriber map(ResultSet row, int n) throws SQLException {
    String topics = row.getString("topics");
    long confirmed = row.getLong("confirmed");
    boolean unconfirmed = row.wasNull();
    return new Subscriber(
        row.getString("id"),
        row.getString("email"),
        topics.isBlank() ? List.of() : Arrays.asList(topics.trim().split(" +")),
        Subscriber.Status.of(row.getString("status")),
        Instant.ofEpochMilli(row.getLong("created")),
        unconfirmed ? null : Instant.ofEpochMilli(confirmed));
  }
}
