-- Schema version 6: documents' text last, one memo per object, and a log of changes that other
-- processes follow.
--
-- Documents: the text moves to the last column. SQLite stores a row's columns in order, and a
-- long text spills into overflow pages, so every column after it (length, hash, source) could only
-- be read by reading the whole text: a coding list, which checks each coding against its
-- document's length, read every text again. The migration runs with foreign keys off (dropping the
-- old table must not cascade to the codings).
CREATE TABLE documents_v6 (
    id            INTEGER PRIMARY KEY,
    name          TEXT NOT NULL UNIQUE,
    length        INTEGER NOT NULL,
    content_hash  TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    source_name   TEXT,
    source_size   INTEGER,
    source_sha256 TEXT,
    importer_id   TEXT,
    external_id   TEXT,
    text          TEXT NOT NULL
);
INSERT INTO documents_v6(id, name, length, content_hash, imported_at, source_name, source_size, source_sha256,
        importer_id, external_id, text)
    SELECT id, name, length, content_hash, imported_at, source_name, source_size, source_sha256, importer_id,
        external_id, text FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v6 RENAME TO documents;
CREATE INDEX documents_by_hash ON documents(content_hash);
--
-- Memos: a coding's memo lived in two places (codings.memo, written by the command line and the
-- importers, and table memos, written by the workbench's memo panel), which did not see each
-- other. Table memos is now the only place; free memos (a journal entry, about no object) have
-- target FREE and a title. Where a coding had a memo in both places with different texts, both
-- are kept, the panel's first, separated by a blank line.
CREATE TABLE memos_v6 (
    id          INTEGER PRIMARY KEY,
    target_type TEXT NOT NULL CHECK (target_type IN ('PROJECT', 'DOCUMENT', 'CODE', 'CODING', 'FREE')),
    target_id   INTEGER NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    author      TEXT,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    external_id TEXT,
    UNIQUE (target_type, target_id, title)
);
INSERT INTO memos_v6(id, target_type, target_id, title, author, text, updated_at, external_id)
    SELECT id, target_type, target_id, '', author, text, updated_at, external_id FROM memos;
DROP TABLE memos;
ALTER TABLE memos_v6 RENAME TO memos;
UPDATE memos SET text = text || char(10) || char(10) || (SELECT c.memo FROM codings c WHERE c.id = memos.target_id)
    WHERE target_type = 'CODING' AND EXISTS (SELECT 1 FROM codings c WHERE c.id = memos.target_id
        AND c.memo IS NOT NULL AND c.memo <> '' AND c.memo <> memos.text);
INSERT INTO memos(target_type, target_id, title, author, text, updated_at)
    SELECT 'CODING', c.id, '', (SELECT name FROM coders WHERE id = c.coder_id), c.memo, c.created_at FROM codings c
    WHERE c.memo IS NOT NULL AND c.memo <> ''
      AND NOT EXISTS (SELECT 1 FROM memos m WHERE m.target_type = 'CODING' AND m.target_id = c.id);
-- memos of objects removed earlier (a document removed with its codings) have nothing to be about
DELETE FROM memos WHERE (target_type = 'CODING' AND target_id NOT IN (SELECT id FROM codings))
    OR (target_type = 'DOCUMENT' AND target_id NOT IN (SELECT id FROM documents))
    OR (target_type = 'CODE' AND target_id NOT IN (SELECT id FROM codes));
ALTER TABLE codings DROP COLUMN memo;

-- a removed object takes its memo along, however it was removed (a document's codings go by cascade)
CREATE TRIGGER codings_memo_removed AFTER DELETE ON codings BEGIN DELETE FROM memos WHERE target_type = 'CODING' AND target_id = OLD.id; END;
CREATE TRIGGER documents_memo_removed AFTER DELETE ON documents BEGIN DELETE FROM memos WHERE target_type = 'DOCUMENT' AND target_id = OLD.id; END;
CREATE TRIGGER codes_memo_removed AFTER DELETE ON codes BEGIN DELETE FROM memos WHERE target_type = 'CODE' AND target_id = OLD.id; END;

-- The change log: every committed change to the project's elements, in commit order, written by
-- the database itself so that no writer can forget to announce one. A workbench follows it
-- (PRAGMA data_version tells cheaply that someone committed) the way a server project's
-- workbench follows LISTEN gloss_changes. Only the newest rows are kept.
CREATE TABLE changes (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    element   TEXT NOT NULL,
    operation TEXT NOT NULL,
    id        INTEGER NOT NULL
);
CREATE TRIGGER changes_pruned AFTER INSERT ON changes WHEN NEW.seq % 1000 = 0 BEGIN DELETE FROM changes WHERE seq <= NEW.seq - 20000; END;
CREATE TRIGGER documents_added AFTER INSERT ON documents BEGIN INSERT INTO changes(element, operation, id) VALUES ('DOCUMENT', 'INSERT', NEW.id); END;
CREATE TRIGGER documents_changed AFTER UPDATE ON documents BEGIN INSERT INTO changes(element, operation, id) VALUES ('DOCUMENT', 'UPDATE', NEW.id); END;
CREATE TRIGGER documents_removed AFTER DELETE ON documents BEGIN INSERT INTO changes(element, operation, id) VALUES ('DOCUMENT', 'DELETE', OLD.id); END;
CREATE TRIGGER attributes_added AFTER INSERT ON document_attributes BEGIN INSERT INTO changes(element, operation, id) VALUES ('DOCUMENT', 'UPDATE', NEW.document_id); END;
CREATE TRIGGER attributes_changed AFTER UPDATE ON document_attributes BEGIN INSERT INTO changes(element, operation, id) VALUES ('DOCUMENT', 'UPDATE', NEW.document_id); END;
CREATE TRIGGER attributes_removed AFTER DELETE ON document_attributes BEGIN INSERT INTO changes(element, operation, id) VALUES ('DOCUMENT', 'UPDATE', OLD.document_id); END;
CREATE TRIGGER codes_added AFTER INSERT ON codes BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODE', 'INSERT', NEW.id); END;
CREATE TRIGGER codes_changed AFTER UPDATE ON codes BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODE', 'UPDATE', NEW.id); END;
CREATE TRIGGER codes_removed AFTER DELETE ON codes BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODE', 'DELETE', OLD.id); END;
CREATE TRIGGER coders_added AFTER INSERT ON coders BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODER', 'INSERT', NEW.id); END;
CREATE TRIGGER coders_changed AFTER UPDATE ON coders BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODER', 'UPDATE', NEW.id); END;
CREATE TRIGGER coders_removed AFTER DELETE ON coders BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODER', 'DELETE', OLD.id); END;
CREATE TRIGGER codings_added AFTER INSERT ON codings BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODING', 'INSERT', NEW.id); END;
CREATE TRIGGER codings_changed AFTER UPDATE ON codings BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODING', 'UPDATE', NEW.id); END;
CREATE TRIGGER codings_removed AFTER DELETE ON codings BEGIN INSERT INTO changes(element, operation, id) VALUES ('CODING', 'DELETE', OLD.id); END;
CREATE TRIGGER memos_added AFTER INSERT ON memos BEGIN INSERT INTO changes(element, operation, id) VALUES ('MEMO', 'INSERT', NEW.id); END;
CREATE TRIGGER memos_changed AFTER UPDATE ON memos BEGIN INSERT INTO changes(element, operation, id) VALUES ('MEMO', 'UPDATE', NEW.id); END;
CREATE TRIGGER memos_removed AFTER DELETE ON memos BEGIN INSERT INTO changes(element, operation, id) VALUES ('MEMO', 'DELETE', OLD.id); END;
