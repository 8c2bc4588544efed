-- The weekly digest (module: digest): subscribers, their consent, editions and the delivery log.
-- Portable SQL: runs on SQLite (the embedded default) and PostgreSQL.
-- Every time is epoch milliseconds UTC in a BIGINT.

CREATE TABLE subscriber (
  id VARCHAR(36) NOT NULL PRIMARY KEY,
  email VARCHAR(254) NOT NULL,
  -- the address lower-cased: one subscription per mailbox, however it is capitalised
  email_key VARCHAR(254) NOT NULL UNIQUE,
  -- topic keys separated by spaces; empty means every topic
  topics TEXT NOT NULL,
  -- pending (not confirmed yet) | active | paused | unsubscribed
  status VARCHAR(16) NOT NULL,
  created BIGINT NOT NULL,
  confirmed BIGINT,
  updated BIGINT NOT NULL
);
CREATE INDEX subscriber_status ON subscriber (status, confirmed);

-- What a person agreed to, when, and through which channel (form, api, email-link, one-click);
-- deleted with the subscriber.
CREATE TABLE consent (
  subscriber_id VARCHAR(36) NOT NULL REFERENCES subscriber (id) ON DELETE CASCADE,
  recorded_at BIGINT NOT NULL,
  action VARCHAR(32) NOT NULL,
  channel VARCHAR(16) NOT NULL
);
CREATE INDEX consent_subscriber ON consent (subscriber_id);

-- One row per edition, identified by its scheduled cut-off; its content (ranked entry ids per
-- section, pinned entries with their notes) is composed once and kept as JSON, so every copy and
-- the web archive show the same edition.
CREATE TABLE edition (
  cutoff BIGINT NOT NULL PRIMARY KEY,
  edition_key VARCHAR(64) NOT NULL UNIQUE,
  window_start BIGINT NOT NULL,
  created BIGINT NOT NULL,
  content TEXT NOT NULL
);

-- The delivery log: at most one row, so at most one copy, per (edition, subscriber).
-- state: pending | sent | failed | skipped. Deleting a subscriber anonymises their rows.
CREATE TABLE delivery (
  edition_cutoff BIGINT NOT NULL REFERENCES edition (cutoff),
  subscriber_id VARCHAR(36) REFERENCES subscriber (id) ON DELETE SET NULL,
  state VARCHAR(16) NOT NULL,
  attempts INTEGER NOT NULL,
  last_error TEXT,
  next_attempt BIGINT,
  updated BIGINT NOT NULL,
  UNIQUE (edition_cutoff, subscriber_id)
);
CREATE INDEX delivery_due ON delivery (state, next_attempt);
