package org.gloss.store.jdbc.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.store.DocumentSets;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.DocumentSet;
import org.gloss.store.jdbc.spi.JdbcConnection;

/** Sets in tables document_sets, set_documents and set_codes; a smart set's condition is kept as written. */
public final class JdbcDocumentSets implements DocumentSets {
    private final ProjectSession session;
    private final JdbcConnection jdbc;

    public JdbcDocumentSets(ProjectSession session, JdbcConnection jdbc) {
        this.session = session;
        this.jdbc = jdbc;
    }

    private record Row(long id, String name, String description, String condition) {
    }

    private static final String COLUMNS = "id, name, description, smart_condition";

    @Override
    public List<DocumentSet> list() {
        Map<Long, List<Long>> documents = new HashMap<>();
        jdbc.query("SELECT set_id, document_id FROM set_documents ORDER BY set_id, document_id",
                rs -> documents.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2)));
        Map<Long, List<Long>> codes = new HashMap<>();
        jdbc.query("SELECT set_id, code_id FROM set_codes ORDER BY set_id, code_id",
                rs -> codes.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getLong(2)));
        List<DocumentSet> sets = new ArrayList<>();
        for (Row row : jdbc.query("SELECT " + COLUMNS + " FROM document_sets ORDER BY " + jdbc.dialect().inBinaryOrder("name"),
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))) {
            sets.add(new DocumentSet(row.id(), row.name(), row.description(), row.condition(),
                    documents.getOrDefault(row.id(), List.of()), codes.getOrDefault(row.id(), List.of())));
        }
        return sets;
    }

    @Override
    public Optional<DocumentSet> find(String name) {
        return jdbc.queryOne("SELECT id FROM document_sets WHERE name = ?", rs -> rs.getLong(1), name).flatMap(this::byId);
    }

    @Override
    public Optional<DocumentSet> byId(long id) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM document_sets WHERE id = ?",
                rs -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), id).map(row ->
                new DocumentSet(row.id(), row.name(), row.description(), row.condition(),
                        jdbc.query("SELECT document_id FROM set_documents WHERE set_id = ? ORDER BY document_id",
                                rs -> rs.getLong(1), id),
                        jdbc.query("SELECT code_id FROM set_codes WHERE set_id = ? ORDER BY code_id", rs -> rs.getLong(1), id)));
    }

    @Override
    public DocumentSet get(String name) {
        return find(name).orElseThrow(() -> ProjectErrors.unknownSet(name));
    }

    @Override
    public DocumentSet add(String name, String description, String condition) {
        checkName(name);
        return session.inTransaction(() -> {
            if (find(name).isPresent()) {
                throw ProjectErrors.duplicateSet(name);
            }
            long id = jdbc.insert("INSERT INTO document_sets(name, description, smart_condition) VALUES (?,?,?)",
                    name, description == null ? "" : description, condition);
            return byId(id).orElseThrow();
        });
    }

    @Override
    public void rename(long setId, String newName) {
        checkName(newName);
        session.inTransaction(() -> {
            find(newName).filter(other -> other.id() != setId).ifPresent(other -> {
                throw ProjectErrors.duplicateSet(newName);
            });
            require(setId, jdbc.update("UPDATE document_sets SET name = ? WHERE id = ?", newName, setId));
        });
    }

    @Override
    public void describe(long setId, String description) {
        require(setId, jdbc.update("UPDATE document_sets SET description = ? WHERE id = ?",
                description == null ? "" : description, setId));
    }

    @Override
    public void setCondition(long setId, String condition) {
        require(setId, jdbc.update("UPDATE document_sets SET smart_condition = ? WHERE id = ?", condition, setId));
    }

    @Override
    public void remove(long setId) {
        require(setId, jdbc.update("DELETE FROM document_sets WHERE id = ?", setId));
    }

    @Override
    public boolean addDocument(long setId, long documentId) {
        return session.inTransaction(() -> {
            requireSet(setId);
            if (jdbc.queryOne("SELECT 1 FROM documents WHERE id = ?", rs -> true, documentId).isEmpty()) {
                throw ProjectErrors.unknownDocument("#" + documentId);
            }
            return jdbc.update("INSERT INTO set_documents(set_id, document_id) VALUES (?,?) ON CONFLICT DO NOTHING",
                    setId, documentId) > 0;
        });
    }

    @Override
    public boolean removeDocument(long setId, long documentId) {
        return jdbc.update("DELETE FROM set_documents WHERE set_id = ? AND document_id = ?", setId, documentId) > 0;
    }

    @Override
    public boolean addCode(long setId, long codeId) {
        return session.inTransaction(() -> {
            requireSet(setId);
            if (jdbc.queryOne("SELECT 1 FROM codes WHERE id = ?", rs -> true, codeId).isEmpty()) {
                throw ProjectErrors.unknownCode("#" + codeId);
            }
            return jdbc.update("INSERT INTO set_codes(set_id, code_id) VALUES (?,?) ON CONFLICT DO NOTHING", setId, codeId) > 0;
        });
    }

    @Override
    public boolean removeCode(long setId, long codeId) {
        return jdbc.update("DELETE FROM set_codes WHERE set_id = ? AND code_id = ?", setId, codeId) > 0;
    }

    private void requireSet(long setId) {
        if (jdbc.queryOne("SELECT 1 FROM document_sets WHERE id = ?" + jdbc.dialect().lockRowsForUpdate(), rs -> true, setId)
                .isEmpty()) {
            throw ProjectErrors.unknownSet("#" + setId);
        }
    }

    private static void require(long setId, int changed) {
        if (changed == 0) {
            throw ProjectErrors.unknownSet("#" + setId);
        }
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw ProjectErrors.invalidName("set", String.valueOf(name));
        }
    }
}
