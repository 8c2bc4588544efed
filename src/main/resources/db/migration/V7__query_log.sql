-- What people search for (module: search), for the editors' insights: one row per normalised query
-- (lower-cased, whitespace collapsed) and UTC day, counted. No client address, no user, no time of
-- day is kept. Rows older than partner-digest.search.query-log.retention (90 days) are purged.
-- Portable SQL: runs on SQLite (the embedded default) and PostgreSQL.
CREATE TABLE query_log (
  -- the UTC day's start, epoch milliseconds
  day BIGINT NOT NULL,
  query VARCHAR(200) NOT NULL,
  searches INTEGER NOT NULL,
  -- how many of those searches found nothing
  without_results INTEGER NOT NULL,
  -- the result count of the day's latest search
  last_results BIGINT NOT NULL,
  PRIMARY KEY (day, query)
);
