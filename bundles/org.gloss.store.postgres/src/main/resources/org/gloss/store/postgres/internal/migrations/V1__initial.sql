-- Schema version 1 of a Gloss project on PostgreSQL (schema "gloss" of the project's database).
-- Runs with search_path = gloss. Role names differ per database, so grants are made in Java
-- (ProjectRoles) after every migration; the policies below only ask gloss.is_editor().

CREATE TABLE documents (
    id            bigserial PRIMARY KEY,
    name          text NOT NULL UNIQUE,
    text          text NOT NULL,
    length        integer NOT NULL,
    content_hash  text NOT NULL,
    imported_at   timestamptz NOT NULL DEFAULT now(),
    source_name   text,
    source_size   bigint,
    source_sha256 text,
    importer_id   text
);
CREATE INDEX documents_by_hash ON documents(content_hash);

CREATE TABLE document_attributes (
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key         text NOT NULL,
    type        text NOT NULL,
    value       text NOT NULL,
    PRIMARY KEY (document_id, key)
);

-- version: optimistic locking of codebook edits (each change increments it)
CREATE TABLE codes (
    id          bigserial PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    parent_id   bigint REFERENCES codes(id),
    color       text,
    description text,
    version     integer NOT NULL DEFAULT 1
);

-- a coder's name is the database role they log in as
CREATE TABLE coders (
    id   bigserial PRIMARY KEY,
    name text NOT NULL UNIQUE
);

CREATE TABLE codings (
    id          bigserial PRIMARY KEY,
    document_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    code_id     bigint NOT NULL REFERENCES codes(id),
    coder_id    bigint NOT NULL REFERENCES coders(id),
    start_cp    integer NOT NULL CHECK (start_cp >= 0),
    end_cp      integer NOT NULL CHECK (end_cp > start_cp),
    memo        text,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX codings_by_document ON codings(document_id, start_cp, end_cp);
CREATE INDEX codings_by_code ON codings(code_id);
CREATE INDEX codings_by_coder ON codings(coder_id);

CREATE TABLE memos (
    id          bigserial PRIMARY KEY,
    target_type text NOT NULL,
    target_id   bigint NOT NULL,
    author      text,
    text        text NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (target_type, target_id)
);

-- the group roles of this project: kind 'editor' or 'coder'
CREATE TABLE project_roles (
    kind      text PRIMARY KEY,
    role_name text NOT NULL
);

CREATE TABLE settings (
    key   text PRIMARY KEY,
    value text NOT NULL
);
INSERT INTO settings(key, value) VALUES ('blind_coding', 'false');

-- --- who may do what ------------------------------------------------------------------------
CREATE FUNCTION is_editor() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT EXISTS (SELECT 1 FROM gloss.project_roles r
                   WHERE r.kind = 'editor' AND pg_has_role(current_user, r.role_name, 'MEMBER'))
$$;

CREATE FUNCTION current_coder_id() RETURNS bigint LANGUAGE sql STABLE AS $$
    SELECT id FROM gloss.coders WHERE name = current_user
$$;

CREATE FUNCTION blind_coding() RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT value = 'true' FROM gloss.settings WHERE key = 'blind_coding'), false)
$$;

-- The project's owner (who ran server init) bypasses these policies; coders and editors do not.
ALTER TABLE codings ENABLE ROW LEVEL SECURITY;
CREATE POLICY codings_visible ON codings FOR SELECT
    USING (is_editor() OR NOT blind_coding() OR coder_id = current_coder_id());
CREATE POLICY codings_add ON codings FOR INSERT
    WITH CHECK (is_editor() OR coder_id = current_coder_id());
CREATE POLICY codings_change ON codings FOR UPDATE
    USING (is_editor() OR coder_id = current_coder_id())
    WITH CHECK (is_editor() OR coder_id = current_coder_id());
CREATE POLICY codings_remove ON codings FOR DELETE
    USING (is_editor() OR coder_id = current_coder_id());

ALTER TABLE coders ENABLE ROW LEVEL SECURITY;
CREATE POLICY coders_visible ON coders FOR SELECT USING (true);
CREATE POLICY coders_add ON coders FOR INSERT WITH CHECK (is_editor() OR name = current_user);

ALTER TABLE memos ENABLE ROW LEVEL SECURITY;
CREATE POLICY memos_visible ON memos FOR SELECT USING (true);
CREATE POLICY memos_add ON memos FOR INSERT WITH CHECK (is_editor() OR author = current_user);
CREATE POLICY memos_change ON memos FOR UPDATE
    USING (is_editor() OR author = current_user) WITH CHECK (is_editor() OR author = current_user);
CREATE POLICY memos_remove ON memos FOR DELETE USING (is_editor() OR author = current_user);

-- --- change notifications (LISTEN gloss_changes): "<element> <INSERT|UPDATE|DELETE> <id>" -------
CREATE FUNCTION notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    changed jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        changed := jsonb_build_object('id', OLD.id);
    ELSE
        changed := jsonb_build_object('id', NEW.id);
    END IF;
    PERFORM pg_notify('gloss_changes', TG_ARGV[0] || ' ' || TG_OP || ' ' || coalesce(changed ->> 'id', '0'));
    RETURN NULL;
END
$$;

CREATE FUNCTION notify_setting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('gloss_changes', 'SETTING ' || TG_OP || ' 0');
    RETURN NULL;
END
$$;

CREATE TRIGGER documents_changed AFTER INSERT OR UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION notify_change('DOCUMENT');
CREATE TRIGGER codes_changed AFTER INSERT OR UPDATE OR DELETE ON codes
    FOR EACH ROW EXECUTE FUNCTION notify_change('CODE');
CREATE TRIGGER coders_changed AFTER INSERT OR UPDATE OR DELETE ON coders
    FOR EACH ROW EXECUTE FUNCTION notify_change('CODER');
CREATE TRIGGER codings_changed AFTER INSERT OR UPDATE OR DELETE ON codings
    FOR EACH ROW EXECUTE FUNCTION notify_change('CODING');
CREATE TRIGGER memos_changed AFTER INSERT OR UPDATE OR DELETE ON memos
    FOR EACH ROW EXECUTE FUNCTION notify_change('MEMO');
CREATE TRIGGER settings_changed AFTER INSERT OR UPDATE OR DELETE ON settings
    FOR EACH ROW EXECUTE FUNCTION notify_setting();
