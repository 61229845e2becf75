-- Schema version 8: cases and sets (issue 17, decision 74).
-- A case has typed attributes like a document and members: whole documents (start_cp and end_cp
-- NULL) or ranges of code points. A set lists documents and codes, or is smart: its condition is
-- kept as written and evaluated whenever the set is used. Removing a case or set removes only its
-- own rows; removing a document or code takes it out of every case and set.
CREATE TABLE cases (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    description TEXT NOT NULL DEFAULT '',
    external_id TEXT
);
CREATE TABLE case_attributes (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    key     TEXT NOT NULL,
    type    TEXT NOT NULL,
    value   TEXT NOT NULL,
    PRIMARY KEY (case_id, key)
);
CREATE TABLE case_members (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_cp    INTEGER CHECK (start_cp >= 0),
    end_cp      INTEGER,
    CHECK ((start_cp IS NULL AND end_cp IS NULL) OR (start_cp IS NOT NULL AND end_cp > start_cp))
);
-- a member is there once: a whole document once per case, a range once per case and document
CREATE UNIQUE INDEX case_members_whole ON case_members(case_id, document_id) WHERE start_cp IS NULL;
CREATE UNIQUE INDEX case_members_range ON case_members(case_id, document_id, start_cp, end_cp) WHERE start_cp IS NOT NULL;
CREATE INDEX case_members_by_document ON case_members(document_id);
CREATE TABLE document_sets (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE,
    description     TEXT NOT NULL DEFAULT '',
    smart_condition TEXT,
    external_id     TEXT
);
CREATE TABLE set_documents (
    set_id      INTEGER NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,
    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, document_id)
);
CREATE INDEX set_documents_by_document ON set_documents(document_id);
CREATE TABLE set_codes (
    set_id  INTEGER NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,
    code_id INTEGER NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, code_id)
);
CREATE INDEX set_codes_by_code ON set_codes(code_id);
-- the change log (version 6) announces cases and sets like the other elements
CREATE TRIGGER cases_added AFTER INSERT ON cases BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'INSERT', NEW.id); END;
CREATE TRIGGER cases_changed AFTER UPDATE ON cases BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'UPDATE', NEW.id); END;
CREATE TRIGGER cases_removed AFTER DELETE ON cases BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'DELETE', OLD.id); END;
CREATE TRIGGER case_attributes_added AFTER INSERT ON case_attributes BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'UPDATE', NEW.case_id); END;
CREATE TRIGGER case_attributes_changed AFTER UPDATE ON case_attributes BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'UPDATE', NEW.case_id); END;
CREATE TRIGGER case_attributes_removed AFTER DELETE ON case_attributes BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'UPDATE', OLD.case_id); END;
CREATE TRIGGER case_members_added AFTER INSERT ON case_members BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'UPDATE', NEW.case_id); END;
CREATE TRIGGER case_members_removed AFTER DELETE ON case_members BEGIN INSERT INTO changes(element, operation, id) VALUES ('CASE', 'UPDATE', OLD.case_id); END;
CREATE TRIGGER sets_added AFTER INSERT ON document_sets BEGIN INSERT INTO changes(element, operation, id) VALUES ('SET', 'INSERT', NEW.id); END;
CREATE TRIGGER sets_changed AFTER UPDATE ON document_sets BEGIN INSERT INTO changes(element, operation, id) VALUES ('SET', 'UPDATE', NEW.id); END;
CREATE TRIGGER sets_removed AFTER DELETE ON document_sets BEGIN INSERT INTO changes(element, operation, id) VALUES ('SET', 'DELETE', OLD.id); END;
CREATE TRIGGER set_documents_added AFTER INSERT ON set_documents BEGIN INSERT INTO changes(element, operation, id) VALUES ('SET', 'UPDATE', NEW.set_id); END;
CREATE TRIGGER set_documents_removed AFTER DELETE ON set_documents BEGIN INSERT INTO changes(element, operation, id) VALUES ('SET', 'UPDATE', OLD.set_id); END;
CREATE TRIGGER set_codes_added AFTER INSERT ON set_codes BEGIN INSERT INTO changes(element, operation, id) VALUES ('SET', 'UPDATE', NEW.set_id); END;
CREATE TRIGGER set_codes_removed AFTER DELETE ON set_codes BEGIN INSERT INTO changes(element, operation, id) VALUES ('SET', 'UPDATE', OLD.set_id); END;
