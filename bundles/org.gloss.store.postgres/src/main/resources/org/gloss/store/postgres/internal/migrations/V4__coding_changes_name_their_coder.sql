-- Schema version 4: coding notifications also name the coder ("CODING INSERT <id> <coder id>"),
-- so that a change feed can keep other coders' codings from a coder while blind coding is on.
CREATE OR REPLACE FUNCTION notify_coding_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('gloss_changes', 'CODING DELETE ' || OLD.id || ' ' || OLD.coder_id);
    ELSE
        PERFORM pg_notify('gloss_changes', 'CODING ' || TG_OP || ' ' || NEW.id || ' ' || NEW.coder_id);
    END IF;
    RETURN NULL;
END
$$;

DROP TRIGGER IF EXISTS codings_changed ON codings;
CREATE TRIGGER codings_changed AFTER INSERT OR UPDATE OR DELETE ON codings
    FOR EACH ROW EXECUTE FUNCTION notify_coding_change();
