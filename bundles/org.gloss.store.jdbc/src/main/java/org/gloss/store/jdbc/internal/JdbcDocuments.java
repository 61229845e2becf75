package org.gloss.store.jdbc.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.gloss.api.store.Documents;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.gloss.model.AttributeType;
import org.gloss.model.AttributeValue;
import org.gloss.model.CodePointText;
import org.gloss.model.Document;
import org.gloss.model.SourceFile;
import org.gloss.model.TextSpan;
import org.gloss.model.Turn;
import org.gloss.store.jdbc.spi.JdbcConnection;

/** Documents with their attributes and transcript turns, in tables documents, document_attributes, document_turns. */
public final class JdbcDocuments implements Documents {
    private static final String COLUMNS =
            "id, name, length, content_hash, imported_at, source_name, source_size, source_sha256, importer_id";

    private final ProjectSession session;
    private final JdbcConnection jdbc;
    private final DocumentChanges published;
    /** Document writes (and rollbacks) of this session: the database's data version misses its own connection's. */
    private long changes;

    public JdbcDocuments(ProjectSession session, JdbcConnection jdbc, DocumentChanges published) {
        this.session = session;
        this.jdbc = jdbc;
        this.published = published;
    }

    @Override
    public List<Document> list() {
        Map<Long, Map<String, AttributeValue>> attributes = allAttributes();
        return jdbc.query("SELECT " + COLUMNS + " FROM documents ORDER BY " + jdbc.dialect().inBinaryOrder("name"),
                rs -> map(rs, attributes.getOrDefault(rs.getLong(1), Map.of())));
    }

    // The three listings below read only indexed columns (name and content_hash have indexes
    // that hold the row id), so they never touch the text pages: searches call them every time.
    @Override
    public Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        jdbc.query("SELECT id, name FROM documents", rs -> names.put(rs.getLong(1), rs.getString(2)));
        return names;
    }

    @Override
    public Map<Long, String> contentHashes() {
        Map<Long, String> hashes = new HashMap<>();
        jdbc.query("SELECT id, content_hash FROM documents", rs -> hashes.put(rs.getLong(1), rs.getString(2)));
        return hashes;
    }

    @Override
    public Map<Long, AttributeValue> attributeValues(String key) {
        Map<Long, AttributeValue> values = new HashMap<>();
        jdbc.query("SELECT document_id, type, value FROM document_attributes WHERE key = ?",
                rs -> values.put(rs.getLong(1), new AttributeValue(AttributeType.valueOf(rs.getString(2)), rs.getString(3))), key);
        return values;
    }

    /** The database's data version (other connections' commits) with this session's own document writes. */
    @Override
    public OptionalLong revision() {
        OptionalLong data = jdbc.dialect().dataVersion(jdbc);
        return data.isPresent() ? OptionalLong.of((data.getAsLong() << 32) + changes) : OptionalLong.empty();
    }

    /** A transaction of this session was rolled back: what it wrote to documents is gone again. */
    public void rolledBack() {
        changes++;
    }

    @Override
    public Document get(String name) {
        return find(name).orElseThrow(() -> ProjectErrors.unknownDocument(name));
    }

    @Override
    public Optional<Document> find(String name) {
        return one("SELECT " + COLUMNS + " FROM documents WHERE name = ?", name);
    }

    @Override
    public Optional<Document> byId(long id) {
        return one("SELECT " + COLUMNS + " FROM documents WHERE id = ?", id);
    }

    @Override
    public Optional<Document> findByContentHash(String contentHash) {
        return one("SELECT " + COLUMNS + " FROM documents WHERE content_hash = ? ORDER BY id LIMIT 1", contentHash);
    }

    private Optional<Document> one(String sql, Object param) {
        return jdbc.queryOne(sql, rs -> rs.getLong(1), param).map(id ->
                jdbc.queryOne("SELECT " + COLUMNS + " FROM documents WHERE id = ?", rs -> map(rs, attributes(id)), id)
                        .orElseThrow());
    }

    @Override
    public String text(long documentId) {
        String[] text = new String[1];
        long length = jdbc.queryOne("SELECT text, length FROM documents WHERE id = ?", rs -> {
            text[0] = rs.getString(1);
            return rs.getLong(2);
        }, documentId).orElseThrow(() -> ProjectErrors.unknownDocument("#" + documentId));
        // offsets everywhere are checked against the stored length: a hand-edited text must agree
        if (text[0] == null || CodePointText.codePointLength(text[0]) != length) {
            throw jdbc.damaged("the text of document #" + documentId + " is not the " + length
                    + " code points its length says");
        }
        return text[0];
    }

    /** Length in code points, as stored; used to validate coding offsets. */
    public int length(long documentId) {
        return (int) jdbc.queryOne("SELECT length FROM documents WHERE id = ?", rs -> rs.getLong(1), documentId)
                .orElseThrow(() -> ProjectErrors.unknownDocument("#" + documentId)).longValue();
    }

    public String name(long documentId) {
        return jdbc.queryOne("SELECT name FROM documents WHERE id = ?", rs -> rs.getString(1), documentId)
                .orElse("#" + documentId);
    }

    @Override
    public Document add(NewDocument document) {
        if (document.name().isBlank()) {
            throw ProjectErrors.invalidName("document", document.name());
        }
        changes++;
        return session.inTransaction(() -> {
            if (find(document.name()).isPresent()) {
                throw ProjectErrors.duplicateDocumentName(document.name());
            }
            SourceFile source = document.source();
            long id = jdbc.insert("INSERT INTO documents(name, text, length, content_hash, imported_at, source_name, "
                            + "source_size, source_sha256, importer_id) VALUES (?,?,?,?,?,?,?,?,?)",
                    document.name(), document.text(), CodePointText.codePointLength(document.text()),
                    document.contentHash(), jdbc.dialect().timestamp(StoredInstants.now()),
                    source == null ? null : source.fileName(), source == null ? null : source.size(),
                    source == null ? null : source.sha256(), source == null ? null : source.importerId());
            document.attributes().forEach((key, value) -> setAttribute(id, key, value));
            addTurns(id, document);
            published.added(id);
            return byId(id).orElseThrow();
        });
    }

    private void addTurns(long documentId, NewDocument document) {
        int length = CodePointText.codePointLength(document.text());
        int seq = 0;
        for (Turn turn : document.turns()) {
            if (turn.span().end() > length) {
                throw ProjectErrors.offsetsOutOfRange(document.name(), turn.span().start(), turn.span().end(), length);
            }
            jdbc.update("INSERT INTO document_turns(document_id, seq, speaker, start_ms, end_ms, start_cp, end_cp) "
                            + "VALUES (?,?,?,?,?,?,?)",
                    documentId, seq++, turn.speaker(), millis(turn.start()), millis(turn.end()),
                    turn.span().start(), turn.span().end());
        }
    }

    private static Long millis(Duration time) {
        return time == null ? null : time.toMillis();
    }

    private static Duration duration(ResultSet rs, int column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofMillis(millis);
    }

    @Override
    public List<Turn> turns(long documentId) {
        return jdbc.query("SELECT speaker, start_ms, end_ms, start_cp, end_cp FROM document_turns "
                        + "WHERE document_id = ? ORDER BY seq",
                rs -> new Turn(rs.getString(1), duration(rs, 2), duration(rs, 3), new TextSpan(rs.getInt(4), rs.getInt(5))),
                documentId);
    }

    @Override
    public void rename(long documentId, String newName) {
        if (newName == null || newName.isBlank()) {
            throw ProjectErrors.invalidName("document", String.valueOf(newName));
        }
        changes++;
        session.inTransaction(() -> {
            find(newName).filter(other -> other.id() != documentId).ifPresent(other -> {
                throw ProjectErrors.duplicateDocumentName(newName);
            });
            if (jdbc.update("UPDATE documents SET name = ? WHERE id = ?", newName, documentId) == 0) {
                throw ProjectErrors.unknownDocument("#" + documentId);
            }
        });
    }

    @Override
    public void remove(long documentId) {
        changes++;
        session.inTransaction(() -> {
            // the database removes the document's memo and its codings' memos with them
            if (jdbc.update("DELETE FROM documents WHERE id = ?", documentId) == 0) {
                throw ProjectErrors.unknownDocument("#" + documentId);
            }
            published.removed(documentId);
        });
    }

    @Override
    public void setAttribute(long documentId, String key, AttributeValue value) {
        if (key == null || key.isBlank()) {
            throw ProjectErrors.invalidName("attribute", String.valueOf(key));
        }
        changes++;
        jdbc.update("INSERT INTO document_attributes(document_id, key, type, value) VALUES (?,?,?,?) "
                + "ON CONFLICT(document_id, key) DO UPDATE SET type = excluded.type, value = excluded.value",
                documentId, key, value.type().name(), value.value());
    }

    @Override
    public void removeAttribute(long documentId, String key) {
        changes++;
        jdbc.update("DELETE FROM document_attributes WHERE document_id = ? AND key = ?", documentId, key);
    }

    @Override
    public Map<Long, Integer> codingCounts() {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query("SELECT document_id, count(*) FROM codings GROUP BY document_id",
                rs -> counts.put(rs.getLong(1), rs.getInt(2)));
        return counts;
    }

    private Map<String, AttributeValue> attributes(long documentId) {
        Map<String, AttributeValue> values = new LinkedHashMap<>();
        jdbc.query("SELECT key, type, value FROM document_attributes WHERE document_id = ? ORDER BY key",
                rs -> values.put(rs.getString(1), new AttributeValue(AttributeType.valueOf(rs.getString(2)), rs.getString(3))),
                documentId);
        return values;
    }

    private Map<Long, Map<String, AttributeValue>> allAttributes() {
        Map<Long, Map<String, AttributeValue>> values = new HashMap<>();
        jdbc.query("SELECT document_id, key, type, value FROM document_attributes ORDER BY document_id, key",
                rs -> values.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), new AttributeValue(AttributeType.valueOf(rs.getString(3)), rs.getString(4))));
        return values;
    }

    private Document map(ResultSet rs, Map<String, AttributeValue> attributes) throws SQLException {
        String sourceName = rs.getString(6);
        SourceFile source = sourceName == null ? null
                : new SourceFile(sourceName, rs.getLong(7), rs.getString(8), rs.getString(9));
        return new Document(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                jdbc.dialect().instant(rs, 5), source, attributes);
    }
}
