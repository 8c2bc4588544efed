-- Quality notes on an entry (module: crawl): what the content module had to change to keep it,
-- as a JSON array of note keys, e.g. ["truncated","invalid-encoding"]; NULL when there are none.
-- Portable: a nullable column added without a default runs the same on SQLite and PostgreSQL.
ALTER TABLE entry ADD COLUMN notes TEXT;
