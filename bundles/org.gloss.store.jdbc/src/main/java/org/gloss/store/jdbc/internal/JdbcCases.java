package org.gloss.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.store.Cases;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.Case;
import org.gloss.model.CaseMember;
import org.gloss.model.TextSpan;
import org.gloss.store.jdbc.spi.JdbcConnection;

/** Cases in tables cases, case_attributes and case_members (a whole document has no offsets). */
public final class JdbcCases implements Cases {
    private final ProjectSession session;
    private final JdbcConnection jdbc;
    private final JdbcDocuments documents;

    public JdbcCases(ProjectSession session, JdbcConnection jdbc, JdbcDocuments documents) {
        this.session = session;
        this.jdbc = jdbc;
        this.documents = documents;
    }

    private record Row(long id, String name, String description) {
    }

    @Override
    public List<Case> list() {
        Map<Long, Map<String, AttributeValue>> attributes = new HashMap<>();
        jdbc.query("SELECT case_id, key, type, value FROM case_attributes ORDER BY case_id, key",
                rs -> attributes.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), value(rs, 3)));
        Map<Long, List<CaseMember>> members = new HashMap<>();
        jdbc.query("SELECT case_id, document_id, start_cp, end_cp FROM case_members "
                        + "ORDER BY case_id, document_id, start_cp IS NOT NULL, start_cp, end_cp",
                rs -> members.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(member(rs, 2)));
        List<Case> cases = new ArrayList<>();
        for (Row row : jdbc.query("SELECT id, name, description FROM cases ORDER BY " + jdbc.dialect().inBinaryOrder("name"),
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)))) {
            cases.add(new Case(row.id(), row.name(), row.description(), attributes.getOrDefault(row.id(), Map.of()),
                    members.getOrDefault(row.id(), List.of())));
        }
        return cases;
    }

    @Override
    public Optional<Case> find(String name) {
        return jdbc.queryOne("SELECT id FROM cases WHERE name = ?", rs -> rs.getLong(1), name).flatMap(this::byId);
    }

    @Override
    public Optional<Case> byId(long id) {
        return jdbc.queryOne("SELECT id, name, description FROM cases WHERE id = ?",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3)), id).map(this::withParts);
    }

    @Override
    public Case get(String name) {
        return find(name).orElseThrow(() -> ProjectErrors.unknownCase(name));
    }

    private Case withParts(Row row) {
        Map<String, AttributeValue> attributes = new LinkedHashMap<>();
        jdbc.query("SELECT key, type, value FROM case_attributes WHERE case_id = ? ORDER BY key",
                rs -> attributes.put(rs.getString(1), value(rs, 2)), row.id());
        List<CaseMember> members = jdbc.query("SELECT document_id, start_cp, end_cp FROM case_members WHERE case_id = ? "
                + "ORDER BY document_id, start_cp IS NOT NULL, start_cp, end_cp", rs -> member(rs, 1), row.id());
        return new Case(row.id(), row.name(), row.description(), attributes, members);
    }

    @Override
    public Case add(String name, String description) {
        checkName(name);
        return session.inTransaction(() -> {
            if (find(name).isPresent()) {
                throw ProjectErrors.duplicateCase(name);
            }
            long id = jdbc.insert("INSERT INTO cases(name, description) VALUES (?, ?)", name, nonNull(description));
            return byId(id).orElseThrow();
        });
    }

    @Override
    public void rename(long caseId, String newName) {
        checkName(newName);
        session.inTransaction(() -> {
            find(newName).filter(other -> other.id() != caseId).ifPresent(other -> {
                throw ProjectErrors.duplicateCase(newName);
            });
            require(caseId, jdbc.update("UPDATE cases SET name = ? WHERE id = ?", newName, caseId));
        });
    }

    @Override
    public void describe(long caseId, String description) {
        require(caseId, jdbc.update("UPDATE cases SET description = ? WHERE id = ?", nonNull(description), caseId));
    }

    @Override
    public void remove(long caseId) {
        // members and attributes go by cascade; documents and codings are not the case's to remove
        require(caseId, jdbc.update("DELETE FROM cases WHERE id = ?", caseId));
    }

    @Override
    public boolean addMember(long caseId, CaseMember member) {
        return session.inTransaction(() -> {
            requireCase(caseId);
            int length = documents.length(member.documentId());
            TextSpan span = member.span();
            if (span != null && span.end() > length) {
                throw ProjectErrors.offsetsOutOfRange(documents.name(member.documentId()), span.start(), span.end(), length);
            }
            return jdbc.update("INSERT INTO case_members(case_id, document_id, start_cp, end_cp) VALUES (?,?,?,?) "
                            + "ON CONFLICT DO NOTHING", caseId, member.documentId(),
                    span == null ? null : span.start(), span == null ? null : span.end()) > 0;
        });
    }

    @Override
    public boolean removeMember(long caseId, CaseMember member) {
        TextSpan span = member.span();
        if (span == null) {
            return jdbc.update("DELETE FROM case_members WHERE case_id = ? AND document_id = ? AND start_cp IS NULL",
                    caseId, member.documentId()) > 0;
        }
        return jdbc.update("DELETE FROM case_members WHERE case_id = ? AND document_id = ? AND start_cp = ? AND end_cp = ?",
                caseId, member.documentId(), span.start(), span.end()) > 0;
    }

    @Override
    public void setAttribute(long caseId, String key, AttributeValue value) {
        if (key == null || key.isBlank()) {
            throw ProjectErrors.invalidName("attribute", String.valueOf(key));
        }
        session.inTransaction(() -> {
            requireCase(caseId);
            jdbc.update("INSERT INTO case_attributes(case_id, key, type, value) VALUES (?,?,?,?) "
                            + "ON CONFLICT(case_id, key) DO UPDATE SET type = excluded.type, value = excluded.value",
                    caseId, key, value.type().name(), value.value());
        });
    }

    @Override
    public void removeAttribute(long caseId, String key) {
        jdbc.update("DELETE FROM case_attributes WHERE case_id = ? AND key = ?", caseId, key);
    }

    private void requireCase(long caseId) {
        if (jdbc.queryOne("SELECT 1 FROM cases WHERE id = ?" + jdbc.dialect().lockRowsForUpdate(), rs -> true, caseId).isEmpty()) {
            throw ProjectErrors.unknownCase("#" + caseId);
        }
    }

    private static void require(long caseId, int changed) {
        if (changed == 0) {
            throw ProjectErrors.unknownCase("#" + caseId);
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw ProjectErrors.invalidName("case", String.valueOf(name));
        }
    }

    private static String nonNull(String description) {
        return description == null ? "" : description;
    }

    private static AttributeValue value(ResultSet rs, int column) throws SQLException {
        return new AttributeValue(AttributeType.valueOf(rs.getString(column)), rs.getString(column + 1));
    }

    private static CaseMember member(ResultSet rs, int column) throws SQLException {
        long document = rs.getLong(column);
        int start = rs.getInt(column + 1);
        if (rs.wasNull()) {
            return CaseMember.wholeDocument(document);
        }
        return CaseMember.range(document, start, rs.getInt(column + 2));
    }
}
