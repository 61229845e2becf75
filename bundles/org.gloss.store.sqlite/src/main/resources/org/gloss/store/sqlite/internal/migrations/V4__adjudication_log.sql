-- Schema version 4: the adjudication log. Names, not ids, so that entries stay readable after
-- documents or codes are renamed, merged or removed; rows are only ever inserted.
CREATE TABLE adjudication_log (
    id          INTEGER PRIMARY KEY,
    document    TEXT NOT NULL,
    code        TEXT NOT NULL,
    start_cp    INTEGER NOT NULL CHECK (start_cp >= 0),
    end_cp      INTEGER NOT NULL CHECK (end_cp > start_cp),
    coders      TEXT NOT NULL,
    consensus   TEXT NOT NULL,
    outcome     TEXT NOT NULL CHECK (outcome IN ('ACCEPTED', 'REJECTED')),
    rule        TEXT NOT NULL,
    decided_by  TEXT,
    note        TEXT,
    decided_at  TEXT NOT NULL
);
