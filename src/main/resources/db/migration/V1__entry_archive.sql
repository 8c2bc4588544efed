-- The entry archive and the crawl's feed state (module: crawl).
-- Portable SQL: runs on SQLite (the embedded default) and PostgreSQL.
-- Every time is epoch milliseconds UTC in a BIGINT; booleans are BOOLEAN (0/1 in SQLite).

-- One-row counter handing out seq values. Updating it inside the writing transaction locks the row,
-- so seq values become visible in commit order on PostgreSQL too (a SEQUENCE would not).
CREATE TABLE seq_counter (
  id INTEGER NOT NULL PRIMARY KEY,
  last_seq BIGINT NOT NULL
);
INSERT INTO seq_counter (id, last_seq) VALUES (1, 0);

CREATE TABLE entry (
  id VARCHAR(255) NOT NULL PRIMARY KEY,
  feed_key VARCHAR(255) NOT NULL,
  seq BIGINT NOT NULL UNIQUE,
  guid TEXT,
  title TEXT,
  link TEXT,
  author TEXT,
  published BIGINT,
  updated BIGINT,
  summary TEXT,
  content TEXT,
  categories TEXT NOT NULL,
  text TEXT,
  excerpt TEXT,
  content_hash VARCHAR(255),
  first_seen BIGINT NOT NULL,
  hidden BOOLEAN NOT NULL,
  pinned BOOLEAN NOT NULL,
  deleted BOOLEAN NOT NULL
);
CREATE INDEX entry_feed_published ON entry (feed_key, published);
CREATE INDEX entry_published ON entry (published);

CREATE TABLE feed_state (
  feed_key VARCHAR(255) NOT NULL PRIMARY KEY,
  url TEXT NOT NULL,
  status VARCHAR(32) NOT NULL,
  etag TEXT,
  last_modified TEXT,
  last_fetch BIGINT,
  last_success BIGINT,
  consecutive_failures INTEGER NOT NULL,
  last_error TEXT,
  next_fetch BIGINT,
  moved_to TEXT,
  feed_title TEXT,
  feed_link TEXT,
  refresh_hint_seconds BIGINT
);
