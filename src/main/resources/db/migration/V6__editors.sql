-- Editors (issue 10): the bootstrap account (module: web) and the audit of editor actions
-- (module: archive). Portable SQL: runs on SQLite (the embedded default) and PostgreSQL.
-- Every time is epoch milliseconds UTC in a BIGINT.

-- The one account that exists while no editor is configured (partner-digest.editors.*): its
-- password is generated at first start, printed once to the log and stored only as a bcrypt hash.
-- The row is deleted as soon as editors are configured.
CREATE TABLE bootstrap_editor (
  username VARCHAR(64) NOT NULL PRIMARY KEY,
  password_hash VARCHAR(255) NOT NULL,
  created BIGINT NOT NULL
);

-- Who did what, when: one row per editor action (hide, pin, fetch now, reindex, feed list
-- changes, digest sends). id increases with every row, so newest first is ORDER BY id DESC.
CREATE TABLE audit_event (
  id BIGINT NOT NULL PRIMARY KEY,
  at BIGINT NOT NULL,
  editor VARCHAR(255) NOT NULL,
  action VARCHAR(64) NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL
);
CREATE INDEX audit_event_at ON audit_event (at);
