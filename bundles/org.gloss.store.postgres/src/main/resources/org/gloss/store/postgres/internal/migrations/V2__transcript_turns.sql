-- Schema version 2: speaker turns of transcripts (who spoke when, and where in the stored text).
CREATE TABLE document_turns (
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq         integer NOT NULL,
    speaker     text NOT NULL,
    start_ms    bigint,
    end_ms      bigint,
    start_cp    integer NOT NULL CHECK (start_cp >= 0),
    end_cp      integer NOT NULL CHECK (end_cp > start_cp),
    PRIMARY KEY (document_id, seq)
);
