package org.gloss.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import org.gloss.model.Code;
import org.gloss.store.jdbc.spi.AccessErrors;
import org.gloss.store.jdbc.spi.JdbcConnection;

/**
 * How a session's codebook edits guard against concurrent edits of the same code: not at all
 * where the session holds the database's write lock for every edit (a project file), or
 * optimistically where many people edit one codebook at once (a server).
 */
interface CodeVersions {
    /** The column list that {@link #read} expects after the code's own columns ("" or ", version"). */
    String extraColumns();

    /** Notes the version of the code in the current row (its column after the code's own). */
    void read(long codeId, ResultSet rs, int column) throws SQLException;

    /** The version the session's next change of the code must find. */
    int expected(long codeId);

    /** Takes the next version of the code or fails if someone else changed it since it was read. */
    void claim(Code code, int expectedVersion);

    /** What an UPDATE of codes appends to its SET list so that others see the change ("" or a bump). */
    String bump();

    /** Forgets a code that is gone. */
    void removed(long codeId);

    /** Forgets every version seen, after a rollback undid increments the session had recorded. */
    void forget();

    /** Whether versions are tracked at all (a re-read after a bulk change is then needed). */
    boolean tracked();

    static CodeVersions none() {
        return new CodeVersions() {
            @Override public String extraColumns() { return ""; }
            @Override public void read(long codeId, ResultSet rs, int column) { }
            @Override public int expected(long codeId) { return 0; }
            @Override public void claim(Code code, int expectedVersion) { }
            @Override public String bump() { return ""; }
            @Override public void removed(long codeId) { }
            @Override public void forget() { }
            @Override public boolean tracked() { return false; }
        };
    }

    static CodeVersions optimistic(JdbcConnection jdbc) {
        return new Optimistic(jdbc);
    }

    /**
     * Remembers the version of each code as this session last read it. A change is made only if
     * the code still has that version; otherwise someone else changed it meanwhile and this
     * session must reload before it edits the code.
     */
    final class Optimistic implements CodeVersions {
        private final JdbcConnection jdbc;
        private final Map<Long, Integer> seen = new HashMap<>();

        private Optimistic(JdbcConnection jdbc) {
            this.jdbc = jdbc;
        }

        @Override
        public String extraColumns() {
            return ", version";
        }

        @Override
        public void read(long codeId, ResultSet rs, int column) throws SQLException {
            seen.put(codeId, rs.getInt(column));
        }

        @Override
        public int expected(long codeId) {
            Integer version = seen.get(codeId);
            return version != null ? version : (int) jdbc.queryLong("SELECT version FROM codes WHERE id = ?", codeId);
        }

        @Override
        public void claim(Code code, int expectedVersion) {
            // the UPDATE also locks the code's row until the transaction ends
            if (jdbc.update("UPDATE codes SET version = version + 1 WHERE id = ? AND version = ?", code.id(), expectedVersion) == 0) {
                seen.remove(code.id());
                throw AccessErrors.changedBySomeoneElse("code '" + code.name() + "'");
            }
            seen.put(code.id(), expectedVersion + 1);
        }

        @Override
        public String bump() {
            return ", version = version + 1";
        }

        @Override
        public void removed(long codeId) {
            seen.remove(codeId);
        }

        @Override
        public void forget() {
            seen.clear();
        }

        @Override
        public boolean tracked() {
            return true;
        }
    }
}
