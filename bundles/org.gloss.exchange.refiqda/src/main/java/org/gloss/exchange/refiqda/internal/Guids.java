package org.gloss.exchange.refiqda.internal;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.UUID;

import org.gloss.api.store.ProjectSession;
import org.gloss.model.Document;

/**
 * Stable GUIDs for a project's objects. REFI-QDA tools identify objects across re-imports by
 * GUID, so exporting the same project twice must give the same GUIDs: each one is a name-based
 * UUID (RFC 4122 version 3) of the project's identity, the object's kind and its id in the store.
 * The project's identity is its first document (content hash and import time), which does not
 * change while that document exists, and separates the GUIDs of unrelated projects.
 */
final class Guids {
    private final String projectKey;
    /** Users, codes, sources and variables are asked for once per coding; their GUIDs are kept. */
    private final java.util.Map<String, String> shared = new java.util.HashMap<>();

    Guids(String projectKey) {
        this.projectKey = projectKey;
    }

    static Guids of(ProjectSession project) {
        String key = project.documents().list().stream().min(Comparator.comparingLong(Document::id))
                .map(d -> d.contentHash() + "@" + d.importedAt())
                .orElse("no-documents");
        return new Guids(key);
    }

    String user(long coderId) {
        return cached("user", coderId);
    }

    String code(long codeId) {
        return cached("code", codeId);
    }

    String source(long documentId) {
        return cached("source", documentId);
    }

    String selection(long codingId) {
        return guid("selection", codingId);
    }

    String coding(long codingId) {
        return guid("coding", codingId);
    }

    String note(long memoId) {
        return guid("note", memoId);
    }

    String variable(String key) {
        return cached("variable:" + key, 0);
    }

    String project() {
        return guid("project", 0);
    }

    private String cached(String kind, long id) {
        return shared.computeIfAbsent(kind + ":" + id, k -> guid(kind, id));
    }

    private String guid(String kind, long id) {
        return UUID.nameUUIDFromBytes(("gloss:" + projectKey + ":" + kind + ":" + id).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
