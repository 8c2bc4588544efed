-- Feed leases (module: archive, used by the crawl): with several instances on one PostgreSQL, the
-- instance that holds a feed's lease is the only one fetching it; a lease past `expires` (its
-- holder died) is free again. Single-instance SQLite never writes this table.
-- Portable SQL: runs on SQLite (the embedded default) and PostgreSQL.
CREATE TABLE feed_lease (
  feed_key VARCHAR(255) NOT NULL PRIMARY KEY,
  -- the instance holding the lease, NULL when free
  holder VARCHAR(128),
  -- epoch milliseconds UTC after which the lease is free whoever holds it
  expires BIGINT NOT NULL
);
