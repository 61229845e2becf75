package org.gloss.store.jdbc.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.Codings;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.Coding;
import org.gloss.model.MemoTarget;
import org.gloss.store.jdbc.spi.AccessErrors;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * Codings in table codings. Where row-level security keeps others' codings read-only, a row that is
 * visible but not changed is reported as not allowed; without it that case cannot happen.
 */
public final class JdbcCodings implements Codings {
    /**
     * A coding with its memo (which lives in table memos like every other memo) and with what it
     * refers to, read in one statement (one snapshot): the document's length and whether the code
     * and coder exist. A hand-edited or damaged project can break these invariants, and every
     * reader of codings relies on them.
     */
    private static final String SELECT = "SELECT c.id, c.document_id, c.code_id, c.coder_id, c.start_cp, c.end_cp, "
            + "m.text, c.created_at, d.length, k.id, r.id FROM codings c LEFT JOIN memos m "
            + "ON m.target_type = 'CODING' AND m.target_id = c.id AND m.title = ''"
            + " LEFT JOIN documents d ON d.id = c.document_id LEFT JOIN codes k ON k.id = c.code_id"
            + " LEFT JOIN coders r ON r.id = c.coder_id";
    private static final String INSERT =
            "INSERT INTO codings(document_id, code_id, coder_id, start_cp, end_cp, created_at) VALUES (?,?,?,?,?,?)";
    private static final String INSERT_MEMO_OF_NEWEST = "INSERT INTO memos(target_type, target_id, title, author, text, updated_at) "
            + "SELECT 'CODING', c.id, '', k.name, ?, ? FROM codings c JOIN coders k ON k.id = c.coder_id "
            + "WHERE c.document_id = ? AND c.code_id = ? AND c.coder_id = ? AND c.start_cp = ? AND c.end_cp = ? "
            + "AND NOT EXISTS (SELECT 1 FROM memos m WHERE m.target_type = 'CODING' AND m.target_id = c.id AND m.title = '') "
            + "ORDER BY c.id DESC LIMIT 1";

    private final ProjectSession session;
    private final JdbcConnection jdbc;
    private final JdbcDocuments documents;

    public JdbcCodings(ProjectSession session, JdbcConnection jdbc, JdbcDocuments documents) {
        this.session = session;
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public Coding add(NewCoding coding) {
        return session.inTransaction(() -> {
            checkSpan(coding.documentId(), coding.start(), coding.end(), documents.length(coding.documentId()));
            long id = jdbc.insert(INSERT, coding.documentId(), coding.codeId(), coding.coderId(), coding.start(),
                    coding.end(), jdbc.dialect().timestamp(StoredInstants.now()));
            writeMemo(id, coding.coderId(), coding.memo());
            return byId(id).orElseThrow(() -> jdbc.damaged("coding " + id + " was written but cannot be read back"));
        });
    }

    @Override
    public int addAll(List<NewCoding> codings) {
        return session.inTransaction(() -> jdbc.call(() -> {
            Map<Long, Integer> lengths = new HashMap<>();
            Object now = jdbc.dialect().timestamp(StoredInstants.now());
            PreparedStatement ps = jdbc.prepare(INSERT);
            // the statement is cached: a batch left over from a failed call must not run now
            ps.clearBatch();
            int pending = 0;
            for (NewCoding c : codings) {
                int length = lengths.computeIfAbsent(c.documentId(), documents::length);
                if (c.start() < 0 || c.start() >= c.end() || c.end() > length) {
                    ps.clearBatch();
                    checkSpan(c.documentId(), c.start(), c.end(), length);
                }
                JdbcConnection.bind(ps, c.documentId(), c.codeId(), c.coderId(), c.start(), c.end(), now);
                ps.addBatch();
                if (++pending == 1000) {
                    jdbc.executeBatch(ps);
                    pending = 0;
                }
            }
            if (pending > 0) {
                jdbc.executeBatch(ps);
            }
            addMemos(codings, now);
            return codings.size();
        }));
    }

    private void checkSpan(long documentId, int start, int end, int length) {
        if (start < 0 || start >= end || end > length) {
            throw ProjectErrors.offsetsOutOfRange(documents.name(documentId), start, end, length);
        }
    }

    @Override
    public Optional<Coding> byId(long codingId) {
        return jdbc.queryOne(SELECT + " WHERE c.id = ?", this::mapChecked, codingId);
    }

    @Override
    public List<Coding> list(CodingFilter filter) {
        StringBuilder sql = new StringBuilder(SELECT + " WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (filter.documentId() != null) {
            sql.append(" AND c.document_id = ?");
            params.add(filter.documentId());
        }
        if (filter.codeId() != null) {
            sql.append(" AND c.code_id = ?");
            params.add(filter.codeId());
        }
        if (filter.coderId() != null) {
            sql.append(" AND c.coder_id = ?");
            params.add(filter.coderId());
        }
        sql.append(" ORDER BY c.document_id, c.start_cp, c.end_cp, c.id");
        return jdbc.query(sql.toString(), this::mapChecked, params.toArray());
    }

    @Override
    public long count() {
        return jdbc.queryLong("SELECT count(*) FROM codings");
    }

    @Override
    public Coding update(long codingId, Long codeId, Integer start, Integer end, String memo) {
        return session.inTransaction(() -> {
            // Locked: concurrent edits of one coding queue up instead of overwriting each other. Under
            // row-level security it only finds rows the update policy lets this user change.
            Coding current = jdbc.queryOne("SELECT id, document_id, code_id, coder_id, start_cp, end_cp, NULL, created_at "
                            + "FROM codings WHERE id = ?" + jdbc.dialect().lockRowsForUpdate(), this::map,
                    codingId).orElseThrow(() -> byId(codingId).isPresent()
                    ? AccessErrors.notAllowed(jdbc.user(), "change coding #" + codingId + " of another coder")
                    : ProjectErrors.unknownCoding(codingId));
            int newStart = start == null ? current.start() : start;
            int newEnd = end == null ? current.end() : end;
            checkSpan(current.documentId(), newStart, newEnd, documents.length(current.documentId()));
            int changed = jdbc.update("UPDATE codings SET code_id = ?, start_cp = ?, end_cp = ? WHERE id = ?",
                    codeId == null ? current.codeId() : codeId, newStart, newEnd, codingId);
            if (changed == 0) {
                // visible but not updatable: row-level security keeps others' codings read-only
                throw AccessErrors.notAllowed(jdbc.user(), "change coding #" + codingId + " of another coder");
            }
            if (memo != null) {
                if (hasText(memo)) {
                    writeMemo(codingId, current.coderId(), memo);
                } else {
                    session.memos().remove(MemoTarget.CODING, codingId);
                }
            }
            return byId(codingId).orElseThrow(() -> jdbc.damaged("coding " + codingId + " was changed but cannot be read back"));
        });
    }

    @Override
    public void remove(long codingId) {
        session.inTransaction(() -> {
            if (jdbc.update("DELETE FROM codings WHERE id = ?", codingId) == 0) {
                if (byId(codingId).isPresent()) {
                    throw AccessErrors.notAllowed(jdbc.user(), "remove coding #" + codingId + " of another coder");
                }
                throw ProjectErrors.unknownCoding(codingId);
            }
            // the database removes the coding's memo with it (schema version 6)
        });
    }

    /**
     * The memos of codings just added in bulk, in one batch: each goes to the newest coding with
     * its document, code, coder and span that has no memo yet (the batch's ids are not known).
     */
    private void addMemos(List<NewCoding> codings, Object now) throws SQLException {
        PreparedStatement ps = null;
        int pending = 0;
        for (NewCoding c : codings) {
            if (!hasText(c.memo())) {
                continue;
            }
            if (ps == null) {
                ps = jdbc.prepare(INSERT_MEMO_OF_NEWEST);
                ps.clearBatch();
            }
            JdbcConnection.bind(ps, c.memo(), now, c.documentId(), c.codeId(), c.coderId(), c.start(), c.end());
            ps.addBatch();
            if (++pending == 1000) {
                jdbc.executeBatch(ps);
                pending = 0;
            }
        }
        if (pending > 0) {
            jdbc.executeBatch(ps);
        }
    }

    /** A coding's memo goes where every memo lives, written as by the coding's coder. */
    private void writeMemo(long codingId, long coderId, String memo) {
        if (hasText(memo)) {
            String author = jdbc.queryOne("SELECT name FROM coders WHERE id = ?", rs -> rs.getString(1), coderId).orElse(null);
            session.memos().put(MemoTarget.CODING, codingId, author, memo);
        }
    }

    private static boolean hasText(String memo) {
        return memo != null && !memo.isEmpty();
    }

    /** A coding read with {@link #CHECKED_SELECT}; one that breaks an invariant is damage. */
    private Coding mapChecked(ResultSet rs) throws SQLException {
        Coding coding = map(rs);
        long length = rs.getLong(9);
        boolean documentExists = !rs.wasNull();
        rs.getLong(10);
        boolean codeExists = !rs.wasNull();
        rs.getLong(11);
        boolean coderExists = !rs.wasNull();
        String which = "coding " + coding.id();
        if (!documentExists) {
            throw jdbc.damaged(which + " refers to document #" + coding.documentId() + ", which does not exist");
        }
        if (!codeExists) {
            throw jdbc.damaged(which + " refers to code #" + coding.codeId() + ", which does not exist");
        }
        if (!coderExists) {
            throw jdbc.damaged(which + " refers to coder #" + coding.coderId() + ", which does not exist");
        }
        if (coding.start() < 0 || coding.end() <= coding.start() || coding.end() > length) {
            throw jdbc.damaged(which + " spans [" + coding.start() + ", " + coding.end() + ") but its document has "
                    + length + " code points");
        }
        return coding;
    }

    private Coding map(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5), rs.getInt(6),
                rs.getString(7), jdbc.dialect().instant(rs, 8));
    }
}
