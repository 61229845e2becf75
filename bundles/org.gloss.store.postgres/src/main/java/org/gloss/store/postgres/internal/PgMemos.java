package org.gloss.store.postgres.internal;

import java.util.List;
import java.util.Optional;

import org.gloss.api.store.Memos;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;

final class PgMemos implements Memos {
    private static final String COLUMNS = "id, target_type, target_id, author, text, updated_at";

    private final PgSession session;
    private final PgJdbc jdbc;

    PgMemos(PgSession session, PgJdbc jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Memo> find(MemoTarget target, long targetId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM memos WHERE target_type = ? AND target_id = ?",
                PgMemos::map, target.name(), targetId);
    }

    @Override
    public List<Memo> list() {
        return jdbc.query("SELECT " + COLUMNS + " FROM memos ORDER BY target_type, target_id", PgMemos::map);
    }

    @Override
    public Memo put(MemoTarget target, long targetId, String author, String text) {
        return session.inTransaction(() -> {
            jdbc.update("INSERT INTO memos(target_type, target_id, author, text, updated_at) VALUES (?,?,?,?,?) "
                            + "ON CONFLICT(target_type, target_id) DO UPDATE SET author = excluded.author, "
                            + "text = excluded.text, updated_at = excluded.updated_at",
                    target.name(), targetId, author, text, Timestamps.now());
            return find(target, targetId).orElseThrow();
        });
    }

    @Override
    public void remove(MemoTarget target, long targetId) {
        jdbc.update("DELETE FROM memos WHERE target_type = ? AND target_id = ?", target.name(), targetId);
    }

    private static Memo map(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Memo(rs.getLong(1), MemoTarget.valueOf(rs.getString(2)), rs.getLong(3), rs.getString(4),
                rs.getString(5), Timestamps.read(rs, 6));
    }
}
