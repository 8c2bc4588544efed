-- The editor's note on a pinned entry (module: archive, the only module that touches `entry`),
-- shown with the entry at the top of the digest. NULL when the entry is not pinned or has no note.
ALTER TABLE entry ADD COLUMN pin_note TEXT;
