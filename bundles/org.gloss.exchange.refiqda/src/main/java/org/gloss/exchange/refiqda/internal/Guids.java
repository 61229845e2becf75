package org.gloss.exchange.refiqda.internal;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.gloss.api.store.ExternalIds;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Document;

/**
 * Stable GUIDs for a project's objects. REFI-QDA tools identify objects across re-imports by
 * GUID, so exporting the same project twice must give the same GUIDs. An object imported from a
 * QDPX or QDC file keeps the GUID it had there (its external id in the store). Any other gets a
 * name-based UUID (RFC 4122 version 3) of the project's identity, the object's kind and its id in
 * the store. The project's identity is its first document (content hash and import time), which
 * does not change while that document exists, and separates the GUIDs of unrelated projects.
 */
final class Guids {
    private final String projectKey;
    /** Users, codes, sources and variables are asked for once per coding; their GUIDs are kept. */
    private final Map<String, String> shared = new HashMap<>();
    /** The GUIDs objects brought from the files they were imported from, by kind and id. */
    private final Map<ExternalIds.Kind, Map<Long, String>> kept;

    Guids(String projectKey, Map<ExternalIds.Kind, Map<Long, String>> kept) {
        this.projectKey = projectKey;
        this.kept = kept;
    }

    static Guids of(ProjectSession project) {
        String key = project.documents().list().stream().min(Comparator.comparingLong(Document::id))
                .map(d -> d.contentHash() + "@" + d.importedAt())
                .orElse("no-documents");
        return new Guids(key, usable(project.externalIds()));
    }

    /**
     * The external ids that can serve as GUIDs: well-formed, and each used once (a file may have
     * given two objects that Gloss merged, or one note on several objects, the same GUID; the
     * later ones then get GUIDs of their own, so the export stays valid).
     */
    private static Map<ExternalIds.Kind, Map<Long, String>> usable(ExternalIds ids) {
        Map<ExternalIds.Kind, Map<Long, String>> kept = new EnumMap<>(ExternalIds.Kind.class);
        Set<String> used = new HashSet<>();
        for (ExternalIds.Kind kind : ExternalIds.Kind.values()) {
            Map<Long, String> byId = new HashMap<>();
            new TreeMap<>(ids.all(kind)).forEach((id, guid) -> {
                String normal = GuidCheck.normalize(guid);
                if (normal != null && GuidCheck.isWellFormed(normal) && used.add(normal)) {
                    byId.put(id, normal);
                }
            });
            kept.put(kind, byId);
        }
        return kept;
    }

    private String kept(ExternalIds.Kind kind, long id) {
        return kept.getOrDefault(kind, Map.of()).get(id);
    }

    String user(long coderId) {
        return keptOr(ExternalIds.Kind.CODER, "user", coderId);
    }

    String code(long codeId) {
        return keptOr(ExternalIds.Kind.CODE, "code", codeId);
    }

    String source(long documentId) {
        return keptOr(ExternalIds.Kind.DOCUMENT, "source", documentId);
    }

    String selection(long codingId) {
        String guid = kept(ExternalIds.Kind.SELECTION, codingId);
        return guid != null ? guid : guid("selection", codingId);
    }

    String coding(long codingId) {
        String guid = kept(ExternalIds.Kind.CODING, codingId);
        return guid != null ? guid : guid("coding", codingId);
    }

    String note(long memoId) {
        String guid = kept(ExternalIds.Kind.MEMO, memoId);
        return guid != null ? guid : guid("note", memoId);
    }

    private String keptOr(ExternalIds.Kind kind, String derivedKind, long id) {
        String guid = kept(kind, id);
        return guid != null ? guid : cached(derivedKind, id);
    }

    String variable(String key) {
        return cached("variable:" + key, 0);
    }

    /** A case attribute's own variable, when documents use the key with another type. */
    String caseVariable(String key) {
        return cached("case-variable:" + key, 0);
    }

    String kase(long caseId) {
        return keptOr(ExternalIds.Kind.CASE, "case", caseId);
    }

    String set(long setId) {
        return keptOr(ExternalIds.Kind.SET, "set", setId);
    }

    /**
     * The PlainTextSelection a case's range member is exported as. A member has no id of its own:
     * its GUID derives from the GUIDs of its case and source and the range, so it stays the same
     * while they do, also in a project imported from an export (which keeps those GUIDs).
     */
    String caseSelection(String caseGuid, String sourceGuid, int start, int end) {
        return UUID.nameUUIDFromBytes(("gloss:case-selection:" + caseGuid + ":" + sourceGuid + ":" + start + ":" + end)
                .getBytes(StandardCharsets.UTF_8)).toString();
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
