-- Schema version 3: the adjudication log. Names, not ids, so that entries stay readable after
-- documents or codes are renamed, merged or removed; rows are only ever inserted (by editors).
CREATE TABLE adjudication_log (
    id          bigserial PRIMARY KEY,
    document    text NOT NULL,
    code        text NOT NULL,
    start_cp    integer NOT NULL CHECK (start_cp >= 0),
    end_cp      integer NOT NULL CHECK (end_cp > start_cp),
    coders      text NOT NULL,
    consensus   text NOT NULL,
    outcome     text NOT NULL CHECK (outcome IN ('ACCEPTED', 'REJECTED')),
    rule        text NOT NULL,
    decided_by  text,
    note        text,
    decided_at  timestamptz NOT NULL DEFAULT now()
);
