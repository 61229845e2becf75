-- Schema version 3: speaker turns of transcripts (who spoke when, and where in the stored text).
CREATE TABLE document_turns (
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,
    speaker     TEXT NOT NULL,
    start_ms    INTEGER,
    end_ms      INTEGER,
    start_cp    INTEGER NOT NULL CHECK (start_cp >= 0),
    end_cp      INTEGER NOT NULL CHECK (end_cp > start_cp),
    PRIMARY KEY (document_id, seq)
);
