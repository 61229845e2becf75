package org.gloss.store.postgres.internal;

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
import org.gloss.api.team.TeamErrors;
import org.gloss.model.Coding;
import org.gloss.model.MemoTarget;

final class PgCodings implements Codings {
    private static final String COLUMNS = "id, document_id, code_id, coder_id, start_cp, end_cp, memo, created_at";
    private static final String INSERT =
            "INSERT INTO codings(document_id, code_id, coder_id, start_cp, end_cp, memo, created_at) VALUES (?,?,?,?,?,?,?)";
    private static final String INSERT_RETURNING_ID = INSERT + " RETURNING id";

    private final PgSession session;
    private final PgJdbc jdbc;

    PgCodings(PgSession session, PgJdbc jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    @Override
    public Coding add(NewCoding coding) {
        return session.inTransaction(() -> {
            checkSpan(coding.documentId(), coding.start(), coding.end(), session.pgDocuments().length(coding.documentId()));
            long id = jdbc.insert(INSERT_RETURNING_ID, coding.documentId(), coding.codeId(), coding.coderId(), coding.start(),
                    coding.end(), coding.memo(), Timestamps.now());
            return byId(id).orElseThrow();
        });
    }

    @Override
    public int addAll(List<NewCoding> codings) {
        return session.inTransaction(() -> jdbc.call(() -> {
            Map<Long, Integer> lengths = new HashMap<>();
            var now = Timestamps.now();
            PreparedStatement ps = jdbc.prepare(INSERT);
            // the statement is cached: a batch left over from a failed call must not run now
            ps.clearBatch();
            int pending = 0;
            for (NewCoding c : codings) {
                int length = lengths.computeIfAbsent(c.documentId(), session.pgDocuments()::length);
                if (c.start() < 0 || c.start() >= c.end() || c.end() > length) {
                    ps.clearBatch();
                    checkSpan(c.documentId(), c.start(), c.end(), length);
                }
                PgJdbc.bind(ps, c.documentId(), c.codeId(), c.coderId(), c.start(), c.end(), c.memo(), now);
                ps.addBatch();
                if (++pending == 1000) {
                    jdbc.executeBatch(ps);
                    pending = 0;
                }
            }
            if (pending > 0) {
                jdbc.executeBatch(ps);
            }
            return codings.size();
        }));
    }

    private void checkSpan(long documentId, int start, int end, int length) {
        if (start < 0 || start >= end || end > length) {
            throw Errors.offsetsOutOfRange(session.pgDocuments().name(documentId), start, end, length);
        }
    }

    @Override
    public Optional<Coding> byId(long codingId) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM codings WHERE id = ?", PgCodings::map, codingId);
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
        return jdbc.query(sql.toString(), PgCodings::map, params.toArray());
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM codings");
    }

    @Override
    public Coding update(long codingId, Long codeId, Integer start, Integer end, String memo) {
        return session.inTransaction(() -> {
            // FOR UPDATE: concurrent edits of one coding queue up instead of overwriting each other.
            // It only finds rows the update policy lets this user change: others' codings are read-only.
            Coding current = jdbc.queryOne("SELECT " + COLUMNS + " FROM codings WHERE id = ? FOR UPDATE", PgCodings::map,
                    codingId).orElseThrow(() -> byId(codingId).isPresent()
                    ? TeamErrors.notAllowed(jdbc.user(), "change coding #" + codingId + " of another coder")
                    : Errors.unknownCoding(codingId));
            int newStart = start == null ? current.start() : start;
            int newEnd = end == null ? current.end() : end;
            checkSpan(current.documentId(), newStart, newEnd, session.pgDocuments().length(current.documentId()));
            int changed = jdbc.update("UPDATE codings SET code_id = ?, start_cp = ?, end_cp = ?, memo = ? WHERE id = ?",
                    codeId == null ? current.codeId() : codeId, newStart, newEnd,
                    memo == null ? current.memo() : memo, codingId);
            if (changed == 0) {
                // visible but not updatable: row-level security keeps others' codings read-only
                throw TeamErrors.notAllowed(jdbc.user(), "change coding #" + codingId + " of another coder");
            }
            return byId(codingId).orElseThrow();
        });
    }

    @Override
    public void remove(long codingId) {
        session.inTransaction(() -> {
            if (jdbc.update("DELETE FROM codings WHERE id = ?", codingId) == 0) {
                if (byId(codingId).isPresent()) {
                    throw TeamErrors.notAllowed(jdbc.user(), "remove coding #" + codingId + " of another coder");
                }
                throw Errors.unknownCoding(codingId);
            }
            jdbc.update("DELETE FROM memos WHERE target_type = ? AND target_id = ?", MemoTarget.CODING.name(), codingId);
        });
    }

    private static Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), Timestamps.read(rs, 8));
    }
}
