package org.gloss.store.sqlite.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.store.ProjectCheck.Recovery;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.Code;
import org.gloss.model.CodePointText;
import org.gloss.model.CodeTree;

/**
 * Salvages a damaged project file into a new one, table by table and row by row: the damaged
 * file is opened read-only, rows are read in rowid order, and where a page cannot be read the
 * copy skips ahead past it. Rows that no longer make sense (a coding whose document was lost, a
 * coding past the end of its text, a memo about nothing) are left out and reported. The new
 * project is built in a temporary file beside the target and moved into place when complete.
 */
final class ProjectRecovery {
    /** Tables in an order where every row's references are copied before it. */
    private static final List<String> TABLES = List.of("documents", "coders", "codes", "codings", "memos",
            "document_attributes", "document_turns", "adjudication_log",
            "cases", "case_attributes", "case_members", "document_sets", "set_documents", "set_codes");
    private static final int CHUNK = 500;
    /** How far past an unreadable row the copy looks for readable ones, growing tenfold each time. */
    private static final long[] SKIPS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private final Path source;
    private final Path target;
    private final List<String> copied = new ArrayList<>();
    private final List<String> lost = new ArrayList<>();

    ProjectRecovery(Path source, Path target) {
        this.source = source;
        this.target = target;
    }

    Recovery run() {
        if (!Files.isRegularFile(source)) {
            throw ProjectErrors.projectMissing(source);
        }
        if (Files.exists(target)) {
            throw ProjectErrors.projectExists(target);
        }
        Path temp = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".recovering-"
                + ProcessHandle.current().pid());
        deleteWithSideFiles(temp);
        boolean moved = false;
        try {
            SqliteProjectFiles.create(temp, java.util.List::of).close();
            try (Connection from = SqliteProjectCheck.openReadOnly(source); Connection to = SqliteProjectFiles.connect(temp)) {
                SqliteProjectFiles.configure(to); // foreign keys on: rows whose references were lost are refused
                try (Statement st = to.createStatement()) {
                    st.execute("BEGIN IMMEDIATE");
                    copyAll(from, to);
                    st.execute("COMMIT");
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            moved = true;
            return new Recovery(copied, lost);
        } catch (SQLException e) {
            throw ProjectErrors.storage(target, e.getMessage());
        } catch (IOException e) {
            throw ProjectErrors.storage(target, e.getMessage());
        } finally {
            if (!moved) {
                deleteWithSideFiles(temp);
            } else {
                deleteSideFiles(temp);
            }
        }
    }

    private void copyAll(Connection from, Connection to) throws SQLException {
        Map<Long, Long> codeParents = new HashMap<>();
        for (String table : TABLES) {
            List<String> columns = commonColumns(from, to, table);
            if (columns.isEmpty()) {
                lost.add(table + ": the table cannot be read");
                continue;
            }
            copyTable(from, to, table, columns, codeParents);
        }
        restoreCodeParents(to, codeParents);
        dropWhatNoLongerFits(to);
    }

    /** The columns both schemas have (a project of an older schema lacks some). */
    private static List<String> commonColumns(Connection from, Connection to, String table) {
        Set<String> old = columns(from, table);
        Set<String> current = columns(to, table);
        old.retainAll(current);
        return new ArrayList<>(old);
    }

    private static Set<String> columns(Connection connection, String table) {
        Set<String> columns = new LinkedHashSet<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        } catch (SQLException e) {
            return new LinkedHashSet<>();
        }
        return columns;
    }

    private void copyTable(Connection from, Connection to, String table, List<String> columns, Map<Long, Long> codeParents)
            throws SQLException {
        String list = String.join(", ", columns);
        String insert = "INSERT INTO " + table + "(" + list + ") VALUES (" + String.join(",", Collections.nCopies(columns.size(), "?"))
                + ")";
        int parentColumn = table.equals("codes") ? columns.indexOf("parent_id") : -1;
        int textColumn = table.equals("documents") ? columns.indexOf("text") : -1;
        int lengthColumn = table.equals("documents") ? columns.indexOf("length") : -1;
        long rows = 0;
        long refused = 0;
        long after = Long.MIN_VALUE;
        long maxRowid = maxRowid(from, table);
        List<String> unreadable = new ArrayList<>();
        try (PreparedStatement write = to.prepareStatement(insert);
             PreparedStatement read = from.prepareStatement("SELECT rowid, " + list + " FROM " + table
                     + " WHERE rowid > ? ORDER BY rowid LIMIT " + CHUNK)) {
            while (true) {
                int inChunk = 0;
                long last = after;
                try {
                    read.setLong(1, after);
                    try (ResultSet rs = read.executeQuery()) {
                        while (rs.next()) {
                            last = rs.getLong(1);
                            Object[] values = new Object[columns.size()];
                            for (int i = 0; i < values.length; i++) {
                                values[i] = rs.getObject(i + 2);
                            }
                            inChunk++;
                            if (parentColumn >= 0 && values[parentColumn] != null) {
                                codeParents.put(rs.getLong("id"), ((Number) values[parentColumn]).longValue());
                                values[parentColumn] = null; // restored once every code is in
                            }
                            if (textColumn >= 0 && lengthColumn >= 0 && values[textColumn] instanceof String text) {
                                values[lengthColumn] = CodePointText.codePointLength(text); // the text is what counts
                            }
                            if (insert(write, values)) {
                                rows++;
                            } else {
                                refused++;
                            }
                        }
                    }
                    after = last;
                    if (inChunk < CHUNK) {
                        break;
                    }
                } catch (SQLException unreadablePage) {
                    // rows up to `last` were copied; find the next readable row past the damage
                    long resume = skipDamage(read, last, maxRowid);
                    unreadable.add(resume != Long.MAX_VALUE ? (last == Long.MIN_VALUE ? "before " + resume : (last + 1) + "-" + (resume - 1))
                            : last == Long.MIN_VALUE ? "(all)" : "after " + last);
                    if (resume == Long.MAX_VALUE) {
                        break;
                    }
                    after = resume - 1;
                }
            }
        }
        copied.add(table + ": " + rows + " rows");
        if (!unreadable.isEmpty()) {
            lost.add(table + ": rows " + String.join(", ", unreadable) + " could not be read");
        }
        if (refused > 0) {
            lost.add(table + ": " + refused + " rows refer to rows that were lost or break a rule of the schema");
        }
    }

    /** The first rowid past {@code last} from which rows can be read again, or MAX_VALUE. */
    private static long skipDamage(PreparedStatement read, long last, long maxRowid) {
        for (long skip : SKIPS) {
            long from = last + skip;
            if (from > maxRowid && maxRowid != Long.MAX_VALUE) {
                return Long.MAX_VALUE;
            }
            try {
                read.setLong(1, from);
                try (ResultSet rs = read.executeQuery()) {
                    if (!rs.next()) {
                        return Long.MAX_VALUE;
                    }
                    return rs.getLong(1);
                }
            } catch (SQLException stillDamaged) {
                // look further
            }
        }
        return Long.MAX_VALUE;
    }

    private static long maxRowid(Connection from, String table) {
        try (Statement st = from.createStatement(); ResultSet rs = st.executeQuery("SELECT max(rowid) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : Long.MAX_VALUE;
        } catch (SQLException e) {
            return Long.MAX_VALUE;
        }
    }

    private static boolean insert(PreparedStatement write, Object[] values) {
        try {
            for (int i = 0; i < values.length; i++) {
                write.setObject(i + 1, values[i]);
            }
            write.executeUpdate();
            return true;
        } catch (SQLException brokenReferenceOrRule) {
            return false;
        }
    }

    /** Parents are set once all codes are in; a parent that was lost, or a cycle, leaves the code at the top. */
    private void restoreCodeParents(Connection to, Map<Long, Long> parents) throws SQLException {
        List<Code> codes = new ArrayList<>();
        parents.forEach((id, parent) -> codes.add(new Code(id, "", parent, null, null)));
        Set<Long> present = new java.util.HashSet<>();
        try (Statement st = to.createStatement(); ResultSet rs = st.executeQuery("SELECT id FROM codes")) {
            while (rs.next()) {
                present.add(rs.getLong(1));
                if (!parents.containsKey(rs.getLong(1))) {
                    codes.add(new Code(rs.getLong(1), "", null, null, null));
                }
            }
        }
        CodeTree tree = new CodeTree(codes);
        int orphaned = 0;
        try (PreparedStatement ps = to.prepareStatement("UPDATE codes SET parent_id = ? WHERE id = ?")) {
            for (Map.Entry<Long, Long> entry : parents.entrySet()) {
                if (!present.contains(entry.getKey())) {
                    continue;
                }
                if (present.contains(entry.getValue()) && tree.level(entry.getKey()) != Integer.MAX_VALUE) {
                    ps.setLong(1, entry.getValue());
                    ps.setLong(2, entry.getKey());
                    ps.executeUpdate();
                } else {
                    orphaned++;
                }
            }
        }
        if (orphaned > 0) {
            lost.add("codes: " + orphaned + " codes lost their parent (lost or in a cycle) and are now top-level");
        }
    }

    /** Codings, turns and case members past the end of their text, and memos about nothing, cannot be kept. */
    private void dropWhatNoLongerFits(Connection to) throws SQLException {
        int codings = delete(to, "codings", "end_cp > (SELECT length FROM documents d WHERE d.id = codings.document_id)");
        if (codings > 0) {
            lost.add("codings: " + codings + " codings lie past the end of their document's text");
        }
        int turns = delete(to, "document_turns",
                "end_cp > (SELECT length FROM documents d WHERE d.id = document_turns.document_id)");
        if (turns > 0) {
            lost.add("document_turns: " + turns + " turns lie past the end of their document's text");
        }
        int members = delete(to, "case_members",
                "end_cp > (SELECT length FROM documents d WHERE d.id = case_members.document_id)");
        if (members > 0) {
            lost.add("case_members: " + members + " case members lie past the end of their document's text");
        }
        int memos = delete(to, "memos", "(target_type = 'DOCUMENT' AND target_id NOT IN (SELECT id FROM documents))"
                + " OR (target_type = 'CODE' AND target_id NOT IN (SELECT id FROM codes))"
                + " OR (target_type = 'CODING' AND target_id NOT IN (SELECT id FROM codings))");
        if (memos > 0) {
            lost.add("memos: " + memos + " memos are about documents, codes or codings that were lost");
        }
    }

    /**
     * Deletes the rows that match and returns how many there were, counted first: the update
     * count would include what triggers wrote (the change log records every deletion).
     */
    private static int delete(Connection to, String table, String where) throws SQLException {
        try (Statement st = to.createStatement()) {
            int count;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table + " WHERE " + where)) {
                count = rs.next() ? rs.getInt(1) : 0;
            }
            if (count > 0) {
                st.executeUpdate("DELETE FROM " + table + " WHERE " + where);
            }
            return count;
        }
    }

    private static void deleteWithSideFiles(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: the caller reports the original failure
        }
        deleteSideFiles(file);
    }

    private static void deleteSideFiles(Path file) {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
