package org.gloss.exchange.refiqda.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.gloss.api.exchange.ImportReport;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ExternalIds;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.CaseMember;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.MemoTarget;
import org.gloss.model.SourceFile;

/**
 * Writes an {@link ImportedProject} into a project in one transaction. Names Gloss requires to be
 * unique (codes, documents) get a " (2)" suffix when the file repeats them, with a warning. The
 * GUIDs of the file are kept as the objects' external ids, so a re-export uses them.
 */
final class ProjectLoader {
    static final String UNKNOWN_CODER = "unknown coder";
    private final ProjectSession session;
    private final String fileName;
    private final List<String> warnings;
    private final Map<String, Long> coderIds = new HashMap<>();
    private final Map<String, Long> codeIds = new HashMap<>();
    private final Map<String, Long> documentIds = new HashMap<>();
    private final Map<String, Long> codingIds = new HashMap<>();
    private int codesAdded;
    private final ExternalIds externalIds;

    ProjectLoader(ProjectSession session, String fileName, List<String> warnings) {
        this.session = session;
        this.fileName = fileName;
        this.warnings = warnings;
        this.externalIds = session.externalIds();
    }

    ImportReport loadProject(ImportedProject project) {
        return session.inTransaction(() -> {
            for (ImportedProject.User user : project.users) {
                long id = session.coders().getOrCreate(user.name()).id();
                coderIds.put(user.guid(), id);
                externalIds.put(ExternalIds.Kind.CODER, id, user.guid());
            }
            loadCodes(project.codes);
            loadDocuments(project.sources);
            Set<String> memoTargets = new HashSet<>();
            project.memos.forEach(m -> memoTargets.add(m.targetGuid()));
            int codings = loadCodings(project.codings, memoTargets);
            int memos = loadMemos(project.memos);
            loadCases(project.cases);
            loadSets(project.sets);
            return new ImportReport(documentIds.size(), codesAdded, coderIds.size(), codings, memos, warnings);
        });
    }

    ImportReport loadCodebook(List<ImportedProject.Code> codes) {
        return session.inTransaction(() -> {
            loadCodes(codes);
            return new ImportReport(0, codesAdded, 0, 0, 0, warnings);
        });
    }

    /** Codes come parents first; a code whose name exists in the project is kept, not added. */
    private void loadCodes(List<ImportedProject.Code> codes) {
        Set<String> namesInFile = new HashSet<>();
        for (ImportedProject.Code code : codes) {
            Long parentId = code.parentGuid() == null ? null : codeIds.get(code.parentGuid());
            String name = code.name();
            if (!namesInFile.add(name)) {
                name = uniqueCodeName(name);
                namesInFile.add(name);
                warnings.add("code name '" + code.name() + "' appears more than once; imported as '" + name + "'");
            } else if (session.codebook().find(name).isPresent()) {
                codeIds.put(code.guid(), session.codebook().get(name).id());
                warnings.add("code '" + name + "' already exists; kept as it is");
                continue;
            }
            Code added = session.codebook().add(name, parentId, code.color(), code.description());
            codeIds.put(code.guid(), added.id());
            externalIds.put(ExternalIds.Kind.CODE, added.id(), code.guid());
            codesAdded++;
        }
    }

    private String uniqueCodeName(String name) {
        for (int n = 2; ; n++) {
            String candidate = name + " (" + n + ")";
            if (session.codebook().find(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private void loadDocuments(List<ImportedProject.Source> sources) {
        for (ImportedProject.Source source : sources) {
            String name = source.name();
            for (int n = 2; session.documents().find(name).isPresent(); n++) {
                name = source.name() + " (" + n + ")";
            }
            if (!name.equals(source.name())) {
                warnings.add("document name '" + source.name() + "' appears more than once; imported as '" + name + "'");
            }
            byte[] bytes = source.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            NewDocument document = new NewDocument(name, source.text(),
                    new SourceFile(fileName, bytes.length, NewDocument.sha256(bytes), "refi-qda"), source.attributes());
            long id = session.documents().add(document).id();
            documentIds.put(source.guid(), id);
            externalIds.put(ExternalIds.Kind.DOCUMENT, id, source.guid());
        }
    }

    private int loadCodings(List<ImportedProject.Coding> codings, Set<String> memoTargets) {
        List<NewCoding> batch = new ArrayList<>(codings.size());
        List<ImportedProject.Coding> batched = new ArrayList<>(codings.size());
        int added = 0;
        for (ImportedProject.Coding coding : codings) {
            NewCoding c = new NewCoding(documentIds.get(coding.sourceGuid()), codeIds.get(coding.codeGuid()),
                    coderId(coding.userGuid()), coding.start(), coding.end(), coding.memo());
            if (coding.keys().stream().noneMatch(memoTargets::contains)) {
                batch.add(c);
                batched.add(coding);
            } else {
                // memos may name this coding by its GUID, so its id is needed
                long id = session.codings().add(c).id();
                coding.keys().forEach(k -> codingIds.put(k, id));
                keepGuids(coding, id);
                added++;
            }
        }
        added += session.codings().addAll(batch);
        if (externalIds != ExternalIds.NONE) {
            keepBatchGuids(batch, batched);
        }
        return added;
    }

    /** What tells two codings apart, but for their ids. */
    private record CodingKey(long documentId, long codeId, long coderId, int start, int end, String memo) {
        static CodingKey of(NewCoding c) {
            return new CodingKey(c.documentId(), c.codeId(), c.coderId(), c.start(), c.end(), c.memo());
        }
    }

    /**
     * Finds the ids the batch got (adding a batch returns none) by matching the project's codings
     * to it, identical ones in id order, and keeps their GUIDs.
     */
    private void keepBatchGuids(List<NewCoding> batch, List<ImportedProject.Coding> batched) {
        Set<Long> known = new HashSet<>(codingIds.values());
        Map<CodingKey, ArrayDeque<Long>> ids = new HashMap<>();
        for (Coding c : session.codings().list(CodingFilter.ALL)) {
            if (!known.contains(c.id())) {
                ids.computeIfAbsent(new CodingKey(c.documentId(), c.codeId(), c.coderId(), c.start(), c.end(), c.memo()),
                        k -> new ArrayDeque<>()).add(c.id());
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            ArrayDeque<Long> candidates = ids.get(CodingKey.of(batch.get(i)));
            if (candidates != null && !candidates.isEmpty()) {
                keepGuids(batched.get(i), candidates.removeFirst());
            }
        }
    }

    /** The Coding's GUID, and the selection's for the first coding of a selection (its first key). */
    private void keepGuids(ImportedProject.Coding coding, long id) {
        List<String> keys = coding.keys();
        externalIds.put(ExternalIds.Kind.CODING, id, keys.get(keys.size() - 1));
        if (keys.size() > 1) {
            externalIds.put(ExternalIds.Kind.SELECTION, id, keys.get(0));
        }
    }

    private long coderId(String userGuid) {
        if (userGuid != null && coderIds.containsKey(userGuid)) {
            return coderIds.get(userGuid);
        }
        return coderIds.computeIfAbsent("", k -> {
            warnings.add("codings without a known user are attributed to '" + UNKNOWN_CODER + "'");
            return session.coders().getOrCreate(UNKNOWN_CODER).id();
        });
    }

    /** Cases come with their attributes and members; a name already taken gets a " (2)" suffix. */
    private void loadCases(List<ImportedProject.Case> cases) {
        for (ImportedProject.Case kase : cases) {
            String name = uniqueName("case", kase.name(), n -> session.cases().find(n).isPresent());
            long id = session.cases().add(name, kase.description()).id();
            kase.attributes().forEach((key, value) -> session.cases().setAttribute(id, key, value));
            for (ImportedProject.Member m : kase.members()) {
                long documentId = documentIds.get(m.sourceGuid());
                session.cases().addMember(id, m.isWhole() ? CaseMember.wholeDocument(documentId)
                        : CaseMember.range(documentId, m.start(), m.end()));
            }
            externalIds.put(ExternalIds.Kind.CASE, id, kase.guid());
        }
    }

    /** Sets come with their listed documents and codes, or their condition. */
    private void loadSets(List<ImportedProject.SourceSet> sets) {
        for (ImportedProject.SourceSet set : sets) {
            String name = uniqueName("set", set.name(), n -> session.sets().find(n).isPresent());
            long id = session.sets().add(name, set.description(), set.condition()).id();
            set.sourceGuids().forEach(g -> session.sets().addDocument(id, documentIds.get(g)));
            set.codeGuids().forEach(g -> session.sets().addCode(id, codeIds.get(g)));
            externalIds.put(ExternalIds.Kind.SET, id, set.guid());
        }
    }

    private String uniqueName(String kind, String name, java.util.function.Predicate<String> taken) {
        String unique = name;
        for (int n = 2; taken.test(unique); n++) {
            unique = name + " (" + n + ")";
        }
        if (!unique.equals(name)) {
            warnings.add(kind + " name '" + name + "' appears more than once; imported as '" + unique + "'");
        }
        return unique;
    }

    /** What a memo is about, in the project being written (a free memo: its title). */
    private record Target(MemoTarget kind, long id, String title) {
        Target(MemoTarget kind, long id) {
            this(kind, id, "");
        }
    }

    /**
     * Several notes on one object become one memo (Gloss keeps one memo per object), which keeps
     * the first note's GUID.
     */
    private int loadMemos(List<ImportedProject.Memo> memos) {
        Map<Target, String[]> merged = new LinkedHashMap<>();
        Map<Target, String> noteGuids = new HashMap<>();
        for (ImportedProject.Memo memo : memos) {
            Target target = resolve(memo);
            if (target == null) {
                warnings.add("a note on " + memo.targetGuid() + " (not imported) was skipped");
                continue;
            }
            merged.merge(target, new String[] {memo.author(), memo.text()},
                    (a, b) -> new String[] {a[0], a[1] + "\n\n" + b[1]});
            if (memo.noteGuid() != null) {
                noteGuids.putIfAbsent(target, memo.noteGuid());
            }
        }
        merged.forEach((t, m) -> {
            long id = write(t, m[0], m[1]);
            if (noteGuids.containsKey(t)) {
                externalIds.put(ExternalIds.Kind.MEMO, id, noteGuids.get(t));
            }
        });
        return merged.size();
    }

    /**
     * A coding may already have a memo from its selection's Description (where QualCoder keeps it);
     * a note with other text is added to it rather than replacing it.
     */
    private long write(Target target, String author, String text) {
        if (target.kind() == MemoTarget.FREE) {
            return session.memos().putFree(target.title(), author, text).id();
        }
        String combined = session.memos().find(target.kind(), target.id()).map(existing -> existing.text())
                .filter(existing -> !existing.equals(text) && !existing.contains(text))
                .map(existing -> existing + "\n\n" + text).orElse(text);
        return session.memos().put(target.kind(), target.id(), author, combined).id();
    }

    private Target resolve(ImportedProject.Memo memo) {
        String guid = memo.targetGuid();
        if (memo.target() == MemoTarget.FREE) {
            return new Target(MemoTarget.FREE, 0L, guid);
        } else if (memo.target() == MemoTarget.PROJECT) {
            return new Target(MemoTarget.PROJECT, 0L);
        } else if (codingIds.containsKey(guid)) {
            return new Target(MemoTarget.CODING, codingIds.get(guid));
        } else if (codeIds.containsKey(guid)) {
            return new Target(MemoTarget.CODE, codeIds.get(guid));
        } else if (documentIds.containsKey(guid)) {
            return new Target(MemoTarget.DOCUMENT, documentIds.get(guid));
        }
        return null;
    }
}
