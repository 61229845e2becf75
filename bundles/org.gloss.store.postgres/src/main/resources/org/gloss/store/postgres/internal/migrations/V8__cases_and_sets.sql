-- Schema version 8: cases and sets (issue 17, decision 74).
-- A case has typed attributes like a document and members: whole documents (start_cp and end_cp
-- NULL) or ranges of code points. A set lists documents and codes, or is smart: its condition is
-- kept as written and evaluated whenever the set is used. Removing a case or set removes only its
-- own rows; removing a document or code takes it out of every case and set. Cases and sets are
-- codebook-like: every project role reads them, only editors change them (grants in ProjectRoles).
CREATE TABLE cases (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    description text NOT NULL DEFAULT '',
    external_id text
);
CREATE TABLE case_attributes (
    case_id bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    key     text NOT NULL,
    type    text NOT NULL,
    value   text NOT NULL,
    PRIMARY KEY (case_id, key)
);
CREATE TABLE case_members (
    id          bigserial PRIMARY KEY,
    case_id     bigint NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_cp    integer CHECK (start_cp >= 0),
    end_cp      integer,
    CHECK ((start_cp IS NULL AND end_cp IS NULL) OR (start_cp IS NOT NULL AND end_cp > start_cp))
);
-- a member is there once: a whole document once per case, a range once per case and document
CREATE UNIQUE INDEX case_members_whole ON case_members(case_id, document_id) WHERE start_cp IS NULL;
CREATE UNIQUE INDEX case_members_range ON case_members(case_id, document_id, start_cp, end_cp) WHERE start_cp IS NOT NULL;
CREATE INDEX case_members_by_document ON case_members(document_id);
CREATE TABLE document_sets (
    id              bigserial PRIMARY KEY,
    name            text NOT NULL UNIQUE,
    description     text NOT NULL DEFAULT '',
    smart_condition text,
    external_id     text
);
CREATE TABLE set_documents (
    set_id      bigint NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, document_id)
);
CREATE INDEX set_documents_by_document ON set_documents(document_id);
CREATE TABLE set_codes (
    set_id  bigint NOT NULL REFERENCES document_sets(id) ON DELETE CASCADE,
    code_id bigint NOT NULL REFERENCES codes(id) ON DELETE CASCADE,
    PRIMARY KEY (set_id, code_id)
);
CREATE INDEX set_codes_by_code ON set_codes(code_id);

-- Change notifications (LISTEN gloss_changes) as for the other elements: the case or set itself
-- by its id, a change to one of its rows as an UPDATE of its owner (the column TG_ARGV[1] names).
CREATE FUNCTION notify_part_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := to_jsonb(OLD);
    ELSE
        changed := to_jsonb(NEW);
    END IF;
    PERFORM pg_notify('gloss_changes', TG_ARGV[0] || ' UPDATE ' || coalesce(changed ->> TG_ARGV[1], '0'));
    RETURN NULL;
END
$$;
CREATE TRIGGER cases_changed AFTER INSERT OR UPDATE OR DELETE ON cases
    FOR EACH ROW EXECUTE FUNCTION notify_change('CASE');
CREATE TRIGGER case_attributes_changed AFTER INSERT OR UPDATE OR DELETE ON case_attributes
    FOR EACH ROW EXECUTE FUNCTION notify_part_change('CASE', 'case_id');
CREATE TRIGGER case_members_changed AFTER INSERT OR UPDATE OR DELETE ON case_members
    FOR EACH ROW EXECUTE FUNCTION notify_part_change('CASE', 'case_id');
CREATE TRIGGER sets_changed AFTER INSERT OR UPDATE OR DELETE ON document_sets
    FOR EACH ROW EXECUTE FUNCTION notify_change('SET');
CREATE TRIGGER set_documents_changed AFTER INSERT OR UPDATE OR DELETE ON set_documents
    FOR EACH ROW EXECUTE FUNCTION notify_part_change('SET', 'set_id');
CREATE TRIGGER set_codes_changed AFTER INSERT OR UPDATE OR DELETE ON set_codes
    FOR EACH ROW EXECUTE FUNCTION notify_part_change('SET', 'set_id');
