package org.gloss.store.jdbc.spi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.model.Code;
import org.gloss.model.CodePointText;
import org.gloss.model.CodeTree;

/**
 * What Gloss always keeps true of a project, checked over the common schema with plain JDBC (so
 * that a damaged table gives its own message, not a translated one): every text is as long as
 * its length says, codings and turns lie inside their text, references resolve, and the code tree
 * has no cycle. Used by {@code gloss check} and the workbench's check on open.
 */
public final class ProjectInvariants {
    /** More problems than this are summarized: a badly damaged file could list millions. */
    public static final int MAX_LISTED = 100;

    private final Connection connection;
    private final List<String> problems = new ArrayList<>();
    private int unlisted;

    private ProjectInvariants(Connection connection) {
        this.connection = connection;
    }

    /** The broken invariants, one line each (at most {@link #MAX_LISTED}, then a count of the rest). */
    public static List<String> problems(Connection connection) {
        ProjectInvariants check = new ProjectInvariants(connection);
        check.run("documents", check::documents);
        check.run("codings", check::codings);
        check.run("codes", check::codes);
        check.run("document_turns", check::turns);
        check.run("memos", check::memos);
        check.run("document_attributes", check::attributes);
        if (check.hasTable("case_members")) { // schema version 8; a file of an older version has none
            check.run("case_members", check::caseMembers);
        }
        if (check.unlisted > 0) {
            check.problems.add("... and " + check.unlisted + " more problems");
        }
        return check.problems;
    }

    private interface Check {
        void run() throws SQLException;
    }

    private void run(String table, Check check) {
        try {
            check.run();
        } catch (SQLException e) {
            problem("table " + table + " cannot be read: " + firstLine(e.getMessage()));
        }
    }

    private void problem(String line) {
        if (problems.size() < MAX_LISTED) {
            problems.add(line);
        } else {
            unlisted++;
        }
    }

    private void query(String sql, RowCheck check) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                check.row(rs);
            }
        }
    }

    private interface RowCheck {
        void row(ResultSet rs) throws SQLException;
    }

    private void documents() throws SQLException {
        query("SELECT id, name, length, text FROM documents ORDER BY id", rs -> {
            String text = rs.getString(4);
            long length = rs.getLong(3);
            String which = "document '" + rs.getString(2) + "' (#" + rs.getLong(1) + ")";
            if (text == null) {
                problem(which + " has no text");
            } else if (CodePointText.codePointLength(text) != length) {
                problem(which + ": its text has " + CodePointText.codePointLength(text) + " code points but its length says "
                        + length);
            }
        });
    }

    private void codings() throws SQLException {
        query("SELECT c.id, c.document_id, c.code_id, c.coder_id, c.start_cp, c.end_cp, d.length, k.id, r.id"
                + " FROM codings c LEFT JOIN documents d ON d.id = c.document_id LEFT JOIN codes k ON k.id = c.code_id"
                + " LEFT JOIN coders r ON r.id = c.coder_id ORDER BY c.id", rs -> {
            String which = "coding #" + rs.getLong(1);
            long start = rs.getLong(5);
            long end = rs.getLong(6);
            long length = rs.getLong(7);
            boolean document = !rs.wasNull();
            rs.getLong(8);
            boolean code = !rs.wasNull();
            rs.getLong(9);
            boolean coder = !rs.wasNull();
            if (!document) {
                problem(which + " refers to document #" + rs.getLong(2) + ", which does not exist");
            } else if (start < 0 || end <= start || end > length) {
                problem(which + " spans [" + start + ", " + end + ") but its document has " + length + " code points");
            }
            if (!code) {
                problem(which + " refers to code #" + rs.getLong(3) + ", which does not exist");
            }
            if (!coder) {
                problem(which + " refers to coder #" + rs.getLong(4) + ", which does not exist");
            }
        });
    }

    private void codes() throws SQLException {
        List<Code> codes = new ArrayList<>();
        query("SELECT id, name, parent_id FROM codes ORDER BY id", rs -> {
            long parent = rs.getLong(3);
            Long parentId = rs.wasNull() ? null : parent;
            codes.add(new Code(rs.getLong(1), rs.getString(2), parentId, null, null));
        });
        Map<Long, Code> byId = new java.util.HashMap<>();
        codes.forEach(c -> byId.put(c.id(), c));
        CodeTree tree = new CodeTree(codes);
        for (Code code : codes) {
            if (code.parentId() != null && !byId.containsKey(code.parentId())) {
                problem("code '" + code.name() + "' (#" + code.id() + ") has parent #" + code.parentId()
                        + ", which does not exist");
            } else if (tree.level(code.id()) == Integer.MAX_VALUE) {
                problem("code '" + code.name() + "' (#" + code.id() + ") is its own ancestor: the code tree has a cycle");
            }
        }
    }

    private void turns() throws SQLException {
        query("SELECT t.document_id, t.seq, t.start_cp, t.end_cp, d.length FROM document_turns t"
                + " LEFT JOIN documents d ON d.id = t.document_id ORDER BY t.document_id, t.seq", rs -> {
            String which = "turn " + rs.getLong(2) + " of document #" + rs.getLong(1);
            long length = rs.getLong(5);
            if (rs.wasNull()) {
                problem(which + ": the document does not exist");
            } else if (rs.getLong(3) < 0 || rs.getLong(4) <= rs.getLong(3) || rs.getLong(4) > length) {
                problem(which + " spans [" + rs.getLong(3) + ", " + rs.getLong(4) + ") but the document has " + length
                        + " code points");
            }
        });
    }

    private void caseMembers() throws SQLException {
        query("SELECT m.case_id, m.document_id, m.start_cp, m.end_cp, d.length FROM case_members m"
                + " LEFT JOIN documents d ON d.id = m.document_id WHERE m.start_cp IS NOT NULL ORDER BY m.case_id, m.id", rs -> {
            String which = "a member of case #" + rs.getLong(1) + " in document #" + rs.getLong(2);
            long length = rs.getLong(5);
            if (rs.wasNull()) {
                problem(which + ": the document does not exist");
            } else if (rs.getLong(4) > length) {
                problem(which + " spans [" + rs.getLong(3) + ", " + rs.getLong(4) + ") but the document has " + length
                        + " code points");
            }
        });
    }

    private boolean hasTable(String table) {
        try (ResultSet rs = connection.getMetaData().getTables(null, null, table, null)) {
            return rs.next();
        } catch (SQLException e) {
            return false;
        }
    }

    private static final Map<String, String> MEMO_TARGETS = Map.of("DOCUMENT", "documents", "CODE", "codes",
            "CODING", "codings");

    private void memos() throws SQLException {
        for (Map.Entry<String, String> target : MEMO_TARGETS.entrySet()) {
            query("SELECT m.id, m.target_id FROM memos m WHERE m.target_type = '" + target.getKey()
                    + "' AND NOT EXISTS (SELECT 1 FROM " + target.getValue() + " t WHERE t.id = m.target_id) ORDER BY m.id",
                    rs -> problem("memo #" + rs.getLong(1) + " is about " + target.getKey().toLowerCase(java.util.Locale.ROOT)
                            + " #" + rs.getLong(2) + ", which does not exist"));
        }
    }

    private void attributes() throws SQLException {
        Set<String> seen = new java.util.HashSet<>();
        query("SELECT a.document_id, a.key FROM document_attributes a WHERE NOT EXISTS"
                + " (SELECT 1 FROM documents d WHERE d.id = a.document_id) ORDER BY a.document_id", rs -> {
            if (seen.add(rs.getString(1))) {
                problem("attributes of document #" + rs.getLong(1) + ": the document does not exist");
            }
        });
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
