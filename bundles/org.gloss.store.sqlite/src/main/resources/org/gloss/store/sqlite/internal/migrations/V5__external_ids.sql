-- Schema version 5: identifiers other tools gave the objects (REFI-QDA GUIDs), kept on import
-- so that a re-export uses them. A column on each table, so a removed object takes its own along.
ALTER TABLE coders ADD COLUMN external_id TEXT;
ALTER TABLE codes ADD COLUMN external_id TEXT;
ALTER TABLE documents ADD COLUMN external_id TEXT;
ALTER TABLE codings ADD COLUMN external_id TEXT;
ALTER TABLE codings ADD COLUMN selection_external_id TEXT;
ALTER TABLE memos ADD COLUMN external_id TEXT;
