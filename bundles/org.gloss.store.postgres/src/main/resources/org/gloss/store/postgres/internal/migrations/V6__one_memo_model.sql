-- Schema version 6: one memo per object. A coding's memo lived in two places (codings.memo,
-- written by the command line and the importers, and table memos, written by the workbench's
-- memo panel), which did not see each other. Table memos is now the only place; free memos (a
-- journal entry, about no object) have target FREE and a title. Where a coding had a memo in both
-- places with different texts, both are kept, the panel's first, separated by a blank line.
ALTER TABLE memos ADD COLUMN title text NOT NULL DEFAULT '';
ALTER TABLE memos DROP CONSTRAINT memos_target_type_target_id_key;
ALTER TABLE memos ADD CONSTRAINT memos_target_title_key UNIQUE (target_type, target_id, title);
ALTER TABLE memos ADD CONSTRAINT memos_target_type_check
    CHECK (target_type IN ('PROJECT', 'DOCUMENT', 'CODE', 'CODING', 'FREE'));

UPDATE memos m SET text = m.text || E'\n\n' || c.memo
    FROM codings c
    WHERE m.target_type = 'CODING' AND m.target_id = c.id AND c.memo IS NOT NULL AND c.memo <> '' AND c.memo <> m.text;
INSERT INTO memos(target_type, target_id, title, author, text, updated_at)
    SELECT 'CODING', c.id, '', (SELECT name FROM coders WHERE id = c.coder_id), c.memo, c.created_at FROM codings c
    WHERE c.memo IS NOT NULL AND c.memo <> ''
      AND NOT EXISTS (SELECT 1 FROM memos m WHERE m.target_type = 'CODING' AND m.target_id = c.id);
DELETE FROM memos WHERE (target_type = 'CODING' AND target_id NOT IN (SELECT id FROM codings))
    OR (target_type = 'DOCUMENT' AND target_id NOT IN (SELECT id FROM documents))
    OR (target_type = 'CODE' AND target_id NOT IN (SELECT id FROM codes));
ALTER TABLE codings DROP COLUMN memo;

-- A memo on a coding is seen only by who may see the coding (blind coding), and written by an
-- editor or by the coding's own coder.
DROP POLICY memos_visible ON memos;
CREATE POLICY memos_visible ON memos FOR SELECT
    USING (target_type <> 'CODING' OR EXISTS (SELECT 1 FROM codings c WHERE c.id = memos.target_id));
DROP POLICY memos_add ON memos;
CREATE POLICY memos_add ON memos FOR INSERT WITH CHECK (is_editor() OR (author = current_user
    AND (target_type <> 'CODING'
         OR EXISTS (SELECT 1 FROM codings c WHERE c.id = memos.target_id AND c.coder_id = current_coder_id()))));

-- A removed object takes its memo along, however it was removed (a document's codings go by
-- cascade), whoever wrote the memo: the function runs as the schema's owner, past the policies.
CREATE FUNCTION remove_memo_of() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = gloss AS $$
BEGIN
    DELETE FROM gloss.memos WHERE target_type = TG_ARGV[0] AND target_id = OLD.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER codings_memo_removed AFTER DELETE ON codings FOR EACH ROW EXECUTE FUNCTION remove_memo_of('CODING');
CREATE TRIGGER documents_memo_removed AFTER DELETE ON documents FOR EACH ROW EXECUTE FUNCTION remove_memo_of('DOCUMENT');
CREATE TRIGGER codes_memo_removed AFTER DELETE ON codes FOR EACH ROW EXECUTE FUNCTION remove_memo_of('CODE');
