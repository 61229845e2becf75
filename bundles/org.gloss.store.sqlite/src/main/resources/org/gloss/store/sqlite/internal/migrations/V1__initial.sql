-- Schema version 1: documents, codebook, coders, codings, memos.
CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    text         TEXT NOT NULL,
    length       INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at  TEXT NOT NULL
);
CREATE INDEX documents_by_hash ON documents(content_hash);

CREATE TABLE codes (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    parent_id   INTEGER REFERENCES codes(id),
    color       TEXT,
    description TEXT
);

CREATE TABLE coders (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE codings (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id     INTEGER NOT NULL REFERENCES codes(id),
    coder_id    INTEGER NOT NULL REFERENCES coders(id),
    start_cp    INTEGER NOT NULL CHECK (start_cp >= 0),
    end_cp      INTEGER NOT NULL CHECK (end_cp > start_cp),
    memo        TEXT,
    created_at  TEXT NOT NULL
);
CREATE INDEX codings_by_document ON codings(document_id, start_cp, end_cp);
CREATE INDEX codings_by_code ON codings(code_id);
CREATE INDEX codings_by_coder ON codings(coder_id);

CREATE TABLE memos (
    id          INTEGER PRIMARY KEY,
    target_type TEXT NOT NULL,
    target_id   INTEGER NOT NULL,
    author      TEXT,
    text        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (target_type, target_id)
);
