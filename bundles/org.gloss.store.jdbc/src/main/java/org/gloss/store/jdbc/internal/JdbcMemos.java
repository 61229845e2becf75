package org.gloss.store.jdbc.internal;

import java.util.List;
import java.util.Optional;

import org.gloss.api.store.Memos;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;
import org.gloss.store.jdbc.spi.JdbcConnection;

/** Memos in table memos, one per element they are attached to. */
public final class JdbcMemos implements Memos {
    private static final String COLUMNS = "id, target_type, target_id, author, text, updated_at";

    private final ProjectSession session;
    private final JdbcConnection jdbc;

    public JdbcMemos(ProjectSession session, JdbcConnection jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Memo> find(MemoTarget target, long targetId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM memos WHERE target_type = ? AND target_id = ?",
                this::map, target.name(), targetId);
    }

    @Override
    public List<Memo> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM memos ORDER BY target_type, target_id", this::map);
    }

    @Override
    public Memo put(MemoTarget target, long targetId, String author, String text) {
        return session.inTransaction(() -> {
            jdbc.update("INSERT INTO memos(target_type, target_id, author, text, updated_at) VALUES (?,?,?,?,?) "
                            + "ON CONFLICT(target_type, target_id) DO UPDATE SET author = excluded.author, "
                            + "text = excluded.text, updated_at = excluded.updated_at",
                    target.name(), targetId, author, text, jdbc.dialect().timestamp(StoredInstants.now()));
            return find(target, targetId).orElseThrow();
        });
    }

    @Override
    public void remove(MemoTarget target, long targetId) {
        jdbc.update("DELETE FROM memos WHERE target_type = ? AND target_id = ?", target.name(), targetId);
    }

    private Memo map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Memo(rs.getLong(1), MemoTarget.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getString(5), jdbc.dialect().instant(rs, 6));
    }
}
