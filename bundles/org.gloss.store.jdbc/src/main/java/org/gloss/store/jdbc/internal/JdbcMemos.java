package org.gloss.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.gloss.api.store.Memos;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * Memos in table memos: one per object (title empty), free memos with target FREE, target id 0 and
 * their title. A coding's memo is read by {@link JdbcCodings} from here too, so every reader sees
 * one memo whoever wrote it.
 */
public final class JdbcMemos implements Memos {
    private static final String COLUMNS = "id, target_type, target_id, title, author, text, updated_at";

    private final ProjectSession session;
    private final JdbcConnection jdbc;

    public JdbcMemos(ProjectSession session, JdbcConnection jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Memo> find(MemoTarget target, long targetId) {
        checkNotFree(target);
        return find(target, targetId, "");
    }

    @Override
    public Optional<Memo> findFree(String title) {
        return find(MemoTarget.FREE, 0, title);
    }

    private Optional<Memo> find(MemoTarget target, long targetId, String title) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM memos WHERE target_type = ? AND target_id = ? AND title = ?",
                this::map, target.name(), targetId, title);
    }

    @Override
    public List<Memo> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM memos ORDER BY target_type, target_id, "
                + jdbc.dialect().inBinaryOrder("title"), this::map);
    }

    @Override
    public Memo put(MemoTarget target, long targetId, String author, String text) {
        checkNotFree(target);
        return put(target, targetId, "", author, text);
    }

    @Override
    public Memo putFree(String title, String author, String text) {
        if (title == null || title.isBlank()) {
            throw ProjectErrors.invalidName("memo", String.valueOf(title));
        }
        return put(MemoTarget.FREE, 0, title, author, text);
    }

    private Memo put(MemoTarget target, long targetId, String title, String author, String text) {
        return session.inTransaction(() -> {
            jdbc.update("INSERT INTO memos(target_type, target_id, title, author, text, updated_at) VALUES (?,?,?,?,?,?) "
                            + "ON CONFLICT(target_type, target_id, title) DO UPDATE SET author = excluded.author, "
                            + "text = excluded.text, updated_at = excluded.updated_at",
                    target.name(), targetId, title, author, text, jdbc.dialect().timestamp(StoredInstants.now()));
            return find(target, targetId, title).orElseThrow();
        });
    }

    @Override
    public void remove(MemoTarget target, long targetId) {
        checkNotFree(target);
        jdbc.update("DELETE FROM memos WHERE target_type = ? AND target_id = ? AND title = ''", target.name(), targetId);
    }

    @Override
    public void removeFree(String title) {
        jdbc.update("DELETE FROM memos WHERE target_type = ? AND target_id = 0 AND title = ?", MemoTarget.FREE.name(), title);
    }

    private static void checkNotFree(MemoTarget target) {
        if (target == MemoTarget.FREE) {
            throw new IllegalArgumentException("a free memo is named by its title");
        }
    }

    private Memo map(ResultSet rs) throws SQLException {
        return new Memo(rs.getLong(1), MemoTarget.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getString(6), jdbc.dialect().instant(rs, 7));
    }
}
