-- Schema version 2: where each document came from, and typed document attributes (cases).
ALTER TABLE documents ADD COLUMN source_name TEXT;
ALTER TABLE documents ADD COLUMN source_size INTEGER;
ALTER TABLE documents ADD COLUMN source_sha256 TEXT;
ALTER TABLE documents ADD COLUMN importer_id TEXT;

CREATE TABLE document_attributes (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key         TEXT NOT NULL,
    type        TEXT NOT NULL,
    value       TEXT NOT NULL,
    PRIMARY KEY (document_id, key)
);
