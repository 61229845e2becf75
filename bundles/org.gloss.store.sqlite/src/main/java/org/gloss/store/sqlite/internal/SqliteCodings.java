package org.gloss.store.sqlite.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.error.Errors;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.Codings;
import org.gloss.api.store.NewCoding;
import org.gloss.model.Coding;
import org.gloss.model.MemoTarget;

final class SqliteCodings implements Codings {
    private static final String COLUMNS = "id, document_id, code_id, coder_id, start_cp, end_cp, memo, created_at";
    private static final String INSERT =
            "INSERT INTO codings(document_id, code_id, coder_id, start_cp, end_cp, memo, created_at) VALUES (?,?,?,?,?,?,?)";

    private final SqliteSession session;
    private final Jdbc jdbc;

    SqliteCodings(SqliteSession session, Jdbc jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public Coding add(NewCoding coding) {
        return session.inTransaction(() -> {
            checkSpan(coding.documentId(), coding.start(), coding.end(), session.sqliteDocuments().length(coding.documentId()));
            long id = jdbc.insert(INSERT, coding.documentId(), coding.codeId(), coding.coderId(), coding.start(),
                    coding.end(), coding.memo(), Timestamps.now());
            return byId(id).orElseThrow();
        });
    }

    @Override
    public int addAll(List<NewCoding> codings) {
        return session.inTransaction(() -> jdbc.call(() -> {
            Map<Long, Integer> lengths = new HashMap<>();
            String now = Timestamps.now();
            PreparedStatement ps = jdbc.prepare(INSERT);
            // the statement is cached: a batch left over from a failed call must not run now
            ps.clearBatch();
            int pending = 0;
            for (NewCoding c : codings) {
                int length = lengths.computeIfAbsent(c.documentId(), session.sqliteDocuments()::length);
                if (c.start() < 0 || c.start() >= c.end() || c.end() > length) {
                    ps.clearBatch();
                    checkSpan(c.documentId(), c.start(), c.end(), length);
                }
                Jdbc.bind(ps, c.documentId(), c.codeId(), c.coderId(), c.start(), c.end(), c.memo(), now);
                ps.addBatch();
                if (++pending == 1000) {
                    ps.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                ps.executeBatch();
            }
            return codings.size();
        }));
    }

    private void checkSpan(long documentId, int start, int end, int length) {
        if (start < 0 || start >= end || end > length) {
            throw Errors.offsetsOutOfRange(session.sqliteDocuments().name(documentId), start, end, length);
        }
    }

    @Override
    public Optional<Coding> byId(long codingId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM codings WHERE id = ?", SqliteCodings::map, codingId);
    }

    @Override
    public List<Coding> list(CodingFilter filter) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM codings WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.documentId() != null) {
            sql.append(" AND document_id = ?");
            params.add(filter.documentId());
        }
        if (filter.codeId() != null) {
            sql.append(" AND code_id = ?");
            params.add(filter.codeId());
        }
        if (filter.coderId() != null) {
            sql.append(" AND coder_id = ?");
            params.add(filter.coderId());
        }
        sql.append(" ORDER BY document_id, start_cp, end_cp, id");
        return jdbc.query(sql.toString(), SqliteCodings::map, params.toArray());
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM codings");
    }

    @Override
    public Coding update(long codingId, Long codeId, Integer start, Integer end, String memo) {
        return session.inTransaction(() -> {
            Coding current = byId(codingId).orElseThrow(() -> Errors.unknownCoding(codingId));
            int newStart = start == null ? current.start() : start;
            int newEnd = end == null ? current.end() : end;
            checkSpan(current.documentId(), newStart, newEnd, session.sqliteDocuments().length(current.documentId()));
            jdbc.update("UPDATE codings SET code_id = ?, start_cp = ?, end_cp = ?, memo = ? WHERE id = ?",
                    codeId == null ? current.codeId() : codeId, newStart, newEnd,
                    memo == null ? current.memo() : memo, codingId);
            return byId(codingId).orElseThrow();
        });
    }

    @Override
    public void remove(long codingId) {
        session.inTransaction(() -> {
            if (jdbc.update("DELETE FROM codings WHERE id = ?", codingId) == 0) {
                throw Errors.unknownCoding(codingId);
            }
            jdbc.update("DELETE FROM memos WHERE target_type = ? AND target_id = ?", MemoTarget.CODING.name(), codingId);
        });
    }

    private static Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), Timestamps.parse(rs.getString(8)));
    }
}
