package org.gloss.team.merge.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ExternalIds;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.CodePalette;
import org.gloss.model.Code;
import org.gloss.model.CodePaths;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;
import org.gloss.model.Memo;
import org.gloss.model.MemoTarget;

/**
 * Merges one source copy into the target (inside the caller's transaction). Matching rules:
 * <ul>
 * <li>coders by name; codes by their path in the hierarchy (then by name, as names are unique);
 * documents by content hash, whatever their names;</li>
 * <li>cases and sets by name (see {@link CaseMerge} and {@link SetMerge}): their members name
 * documents and codes as matched above;</li>
 * <li>a coding is identified by (document, coder, code path, start, end) and keeps its coder;</li>
 * <li>memos by what they are attached to (the project, a document, a code, a coding), free memos by
 * title; a coding's memo is one of them, so two copies of a coding with different memos are one
 * coding with a memo conflict;</li>
 * <li>the identifiers other tools gave objects (REFI-QDA GUIDs) come along with the objects they
 * belong to; an object that has one in the target keeps it;</li>
 * <li>adjudication decisions by all they say except their id and time (the log keeps names:
 * a document's name is translated to its name in the target), each as often as the source has it.</li>
 * </ul>
 * Everything the target lacks is added, so merging the same copy again adds nothing. Conflicts are
 * recorded in the report; the target's side is kept unless the preference is {@link Preference#SOURCE}.
 */
final class SourceMerge {
    /** What identifies a coding within one document and coder, in target ids. */
    private record CodingKey(long codeId, int start, int end) {
    }

    private final ProjectSession target;
    private final ProjectSession source;
    private final String label;
    private final Preference preference;
    private final SourceReport report;
    private final Map<Long, Long> coderIds = new HashMap<>();
    private final Map<Long, Long> codeIds = new HashMap<>();
    private final Map<Long, Long> documentIds = new LinkedHashMap<>();
    private final Map<Long, Long> codingIds = new HashMap<>();
    private final Map<Long, Long> memoIds = new HashMap<>();
    private Map<Long, Long> caseIds = Map.of();
    private Map<Long, Long> setIds = Map.of();

    SourceMerge(ProjectSession target, ProjectSession source, String label, Preference preference) {
        this.target = target;
        this.source = source;
        this.label = label;
        this.preference = preference;
        this.report = new SourceReport(label);
    }

    SourceReport run() {
        mergeCoders();
        mergeCodes();
        mergeDocuments();
        caseIds = new CaseMerge(target, source, label, sourceWins(), report, documentIds).run();
        setIds = new SetMerge(target, source, label, sourceWins(), report, documentIds, codeIds).run();
        mergeCodings();
        mergeMemos();
        mergeAdjudications();
        mergeExternalIds();
        return report;
    }

    private boolean sourceWins() {
        return preference == Preference.SOURCE;
    }

    private void conflict(MergeConflict.Kind kind, String description) {
        report.conflicts.add(new MergeConflict(kind, description));
    }

    // --- coders ----------------------------------------------------------------------------
    private void mergeCoders() {
        for (Coder coder : source.coders().list()) {
            if (target.coders().find(coder.name()).isEmpty()) {
                report.codersAdded++;
            }
            coderIds.put(coder.id(), target.coders().getOrCreate(coder.name()).id());
        }
    }

    // --- codes -----------------------------------------------------------------------------
    private void mergeCodes() {
        List<Code> sourceCodes = source.codebook().list();
        CodePaths sourcePaths = new CodePaths(sourceCodes);
        List<Code> parentsFirst = new ArrayList<>(sourceCodes);
        parentsFirst.sort(Comparator.comparingInt((Code c) -> sourcePaths.names(c).size()).thenComparingLong(Code::id));
        Map<String, Code> targetByPath = targetCodesByPath();
        for (Code code : parentsFirst) {
            String path = sourcePaths.path(code);
            Long parentId = code.parentId() == null ? null : codeIds.get(code.parentId());
            Code existing = targetByPath.get(path);
            if (existing == null) {
                Optional<Code> sameName = target.codebook().find(code.name());
                if (sameName.isPresent()) {
                    existing = sameName.get();
                    conflict(MergeConflict.Kind.CODE_PLACEMENT, "code '" + code.name() + "' is at '"
                            + new CodePaths(target.codebook().list()).path(existing) + "' in the target but at '"
                            + path + "' in " + label);
                    if (sourceWins()) {
                        target.codebook().move(existing.id(), parentId);
                        report.codesMoved++;
                        targetByPath = targetCodesByPath();
                    }
                }
            }
            if (existing == null) {
                Code added = target.codebook().add(code.name(), parentId, code.color(), code.description());
                report.codesAdded++;
                targetByPath.put(path, added);
                codeIds.put(code.id(), added.id());
            } else {
                codeIds.put(code.id(), existing.id());
                mergeCodeProperties(existing, code, path);
            }
        }
    }

    private Map<String, Code> targetCodesByPath() {
        List<Code> codes = target.codebook().list();
        CodePaths paths = new CodePaths(codes);
        Map<String, Code> byPath = new HashMap<>();
        codes.forEach(c -> byPath.put(paths.path(c), c));
        return byPath;
    }

    /**
     * A value set on one side only is filled in; values set on both sides and different conflict.
     * A palette colour counts as no choice for the colour: every code made without a colour gets
     * one (so one code made in two copies has two), and a colour somebody picked beats it.
     */
    private void mergeCodeProperties(Code targetCode, Code sourceCode, String path) {
        String targetColour = chosenColour(targetCode);
        String sourceColour = chosenColour(sourceCode);
        boolean colorsDiffer = bothSetAndDifferent(targetColour, sourceColour);
        boolean descriptionsDiffer = bothSetAndDifferent(targetCode.description(), sourceCode.description());
        if (colorsDiffer || descriptionsDiffer) {
            conflict(MergeConflict.Kind.CODE_PROPERTIES, "code '" + path + "' has "
                    + describe(targetCode) + " in the target but " + describe(sourceCode) + " in " + label);
        }
        String chosen = merged(targetColour, sourceColour);
        String color = chosen != null ? chosen : targetCode.color() != null ? targetCode.color() : sourceCode.color();
        String description = merged(targetCode.description(), sourceCode.description());
        if (!Objects.equals(color, targetCode.color()) || !Objects.equals(description, targetCode.description())) {
            target.codebook().update(targetCode.id(), color, description);
            report.codesUpdated++;
        }
    }

    /** The code's colour unless it is one the palette gives codes made without one. */
    private static String chosenColour(Code code) {
        return CodePalette.nameOf(code.color()).isPresent() ? null : code.color();
    }

    private static String describe(Code code) {
        return "colour " + code.color() + " and description \"" + Objects.toString(code.description(), "") + "\"";
    }

    private String merged(String targetValue, String sourceValue) {
        if (targetValue == null) {
            return sourceValue;
        }
        return sourceValue != null && sourceWins() ? sourceValue : targetValue;
    }

    private static boolean bothSetAndDifferent(String a, String b) {
        return a != null && b != null && !a.equals(b);
    }

    // --- documents -------------------------------------------------------------------------
    private void mergeDocuments() {
        for (Document document : source.documents().list()) {
            Optional<Document> sameText = target.documents().findByContentHash(document.contentHash());
            if (sameText.isPresent()) {
                Document existing = sameText.get();
                documentIds.put(document.id(), existing.id());
                mergeDocumentName(existing, document);
                document.attributes().forEach((key, value) -> {
                    if (!existing.attributes().containsKey(key)) {
                        target.documents().setAttribute(existing.id(), key, value);
                        report.attributesAdded++;
                    }
                });
            } else {
                String name = freeDocumentName(document.name());
                Document added = target.documents().add(new NewDocument(name, source.documents().text(document.id()),
                        document.source(), document.attributes(), source.documents().turns(document.id())));
                report.documentsAdded++;
                report.addedDocumentIds.add(added.id());
                documentIds.put(document.id(), added.id());
            }
        }
    }

    private void mergeDocumentName(Document existing, Document document) {
        if (existing.name().equals(document.name())) {
            return;
        }
        conflict(MergeConflict.Kind.DOCUMENT_NAME, "the same text is document '" + existing.name()
                + "' in the target and '" + document.name() + "' in " + label);
        if (sourceWins()) {
            if (target.documents().find(document.name()).isPresent()) {
                throw MergeErrors.documentNameTaken(document.name());
            }
            target.documents().rename(existing.id(), document.name());
            report.documentsRenamed++;
        }
    }

    /** A different text under a taken name is added under the name qualified by the source's label. */
    private String freeDocumentName(String name) {
        if (target.documents().find(name).isEmpty()) {
            return name;
        }
        String candidate = name + " (" + label + ")";
        for (int n = 2; target.documents().find(candidate).isPresent(); n++) {
            candidate = name + " (" + label + " " + n + ")";
        }
        return candidate;
    }

    // --- codings ---------------------------------------------------------------------------
    private void mergeCodings() {
        Map<Long, String> coderNames = new HashMap<>();
        target.coders().list().forEach(c -> coderNames.put(c.id(), c.name()));
        for (Map.Entry<Long, Long> documents : documentIds.entrySet()) {
            List<Coding> sourceCodings = source.codings().list(CodingFilter.document(documents.getKey()));
            if (sourceCodings.isEmpty()) {
                continue;
            }
            long targetDocumentId = documents.getValue();
            Map<Long, Map<CodingKey, Coding>> fromSource = byCoder(sourceCodings, true);
            Map<Long, Map<CodingKey, Coding>> inTarget = byCoder(target.codings().list(CodingFilter.document(targetDocumentId)), false);
            List<NewCoding> toAdd = new ArrayList<>();
            for (Map.Entry<Long, Map<CodingKey, Coding>> coder : fromSource.entrySet()) {
                Map<CodingKey, Coding> mine = coder.getValue();
                Map<CodingKey, Coding> theirs = inTarget.getOrDefault(coder.getKey(), Map.of());
                if (theirs.isEmpty()) {
                    mine.keySet().forEach(k -> toAdd.add(newCoding(targetDocumentId, coder.getKey(), k)));
                } else if (!theirs.keySet().equals(mine.keySet())) {
                    resolveCodings(targetDocumentId, coder.getKey(), coderNames.get(coder.getKey()), mine, theirs, toAdd);
                }
            }
            report.codingsAdded += target.codings().addAll(toAdd);
            mapCodingIds(sourceCodings, targetDocumentId);
        }
    }

    private void resolveCodings(long documentId, long coderId, String coderName, Map<CodingKey, Coding> mine,
                                Map<CodingKey, Coding> theirs, List<NewCoding> toAdd) {
        List<CodingKey> onlySource = mine.keySet().stream().filter(k -> !theirs.containsKey(k)).toList();
        List<Coding> onlyTarget = theirs.entrySet().stream().filter(e -> !mine.containsKey(e.getKey()))
                .map(Map.Entry::getValue).toList();
        String documentName = target.documents().byId(documentId).map(Document::name).orElse("#" + documentId);
        conflict(MergeConflict.Kind.CODINGS, "coder '" + coderName + "' coded document '" + documentName
                + "' differently: " + onlySource.size() + " coding(s) only in " + label + ", "
                + onlyTarget.size() + " only in the target");
        if (sourceWins()) {
            onlyTarget.forEach(c -> target.codings().remove(c.id()));
            report.codingsRemoved += onlyTarget.size();
            onlySource.forEach(k -> toAdd.add(newCoding(documentId, coderId, k)));
        }
    }

    private static NewCoding newCoding(long documentId, long coderId, CodingKey key) {
        return new NewCoding(documentId, key.codeId(), coderId, key.start(), key.end(), null);
    }

    /** Codings grouped by (target) coder id and keyed in target code ids; source ids are translated. */
    private Map<Long, Map<CodingKey, Coding>> byCoder(List<Coding> codings, boolean fromSource) {
        Map<Long, Map<CodingKey, Coding>> grouped = new LinkedHashMap<>();
        for (Coding c : codings) {
            long coderId = fromSource ? coderIds.get(c.coderId()) : c.coderId();
            long codeId = fromSource ? codeIds.get(c.codeId()) : c.codeId();
            grouped.computeIfAbsent(coderId, k -> new LinkedHashMap<>())
                    .putIfAbsent(new CodingKey(codeId, c.start(), c.end()), c);
        }
        return grouped;
    }

    /** Remembers which target coding each source coding became, for the memos attached to codings. */
    private void mapCodingIds(List<Coding> sourceCodings, long targetDocumentId) {
        Map<Long, Map<CodingKey, Coding>> inTarget = byCoder(target.codings().list(CodingFilter.document(targetDocumentId)), false);
        for (Coding c : sourceCodings) {
            CodingKey key = new CodingKey(codeIds.get(c.codeId()), c.start(), c.end());
            Coding match = inTarget.getOrDefault(coderIds.get(c.coderId()), Map.of()).get(key);
            if (match != null) {
                codingIds.put(c.id(), match.id());
            }
        }
    }

    // --- memos -----------------------------------------------------------------------------
    private void mergeMemos() {
        for (Memo memo : source.memos().list()) {
            Long targetId = switch (memo.target()) {
                case PROJECT, FREE -> 0L;
                case DOCUMENT -> documentIds.get(memo.targetId());
                case CODE -> codeIds.get(memo.targetId());
                case CODING -> codingIds.get(memo.targetId());
            };
            if (targetId == null) {
                continue; // attached to something this merge did not take (e.g. a coding the target's side kept out)
            }
            Optional<Memo> existing = memo.target() == MemoTarget.FREE ? target.memos().findFree(memo.title())
                    : target.memos().find(memo.target(), targetId);
            existing.ifPresent(m -> memoIds.put(memo.id(), m.id()));
            if (existing.isEmpty()) {
                memoIds.put(memo.id(), putMemo(memo, targetId).id());
                report.memosAdded++;
            } else if (!existing.get().text().equals(memo.text())) {
                conflict(MergeConflict.Kind.MEMO, "the memo on " + describeMemoTarget(memo, targetId)
                        + " differs between the target and " + label);
                if (sourceWins()) {
                    putMemo(memo, targetId);
                    report.memosReplaced++;
                }
            }
        }
    }

    // --- identifiers from other tools ------------------------------------------------------
    /**
     * Gives each target object the external identifier its source counterpart has, unless it has
     * one of its own: a project imported from QDPX and passed around a team still exports with
     * the GUIDs the other tool knows.
     */
    private void mergeExternalIds() {
        ExternalIds from = source.externalIds();
        ExternalIds into = target.externalIds();
        for (ExternalIds.Kind kind : ExternalIds.Kind.values()) {
            Map<Long, String> sourceIds = from.all(kind);
            if (sourceIds.isEmpty()) {
                continue;
            }
            Map<Long, Long> toTarget = switch (kind) {
                case CODER -> coderIds;
                case CODE -> codeIds;
                case DOCUMENT -> documentIds;
                case SELECTION, CODING -> codingIds;
                case MEMO -> memoIds;
                case CASE -> caseIds;
                case SET -> setIds;
            };
            Map<Long, String> targetIds = into.all(kind);
            Set<String> taken = new HashSet<>(targetIds.values());
            sourceIds.forEach((sourceId, externalId) -> {
                Long targetId = toTarget.get(sourceId);
                // one identifier names one object: two objects the merge keeps apart must not share it
                if (targetId != null && !targetIds.containsKey(targetId) && taken.add(externalId)) {
                    into.put(kind, targetId, externalId);
                    report.externalIdsAdded++;
                }
            });
        }
    }

    // --- adjudication log ------------------------------------------------------------------
    /** What identifies a decision, whatever its id and time. */
    private record DecisionKey(String document, String code, int start, int end, List<String> coders, String consensus,
                               AdjudicationDecision.Outcome outcome, String rule, String decidedBy, String note) {
    }

    /**
     * Appends the source's decisions the target's log lacks, oldest first and keeping when they
     * were taken. A decision the source logged n times is in the target n times after the merge.
     */
    private void mergeAdjudications() {
        List<AdjudicationDecision> sourceLog = source.adjudications().list();
        if (sourceLog.isEmpty()) {
            return;
        }
        Map<String, String> targetNames = documentNamesInTarget();
        Map<DecisionKey, Integer> inTarget = new HashMap<>();
        for (AdjudicationDecision d : target.adjudications().list()) {
            inTarget.merge(key(d, d.document()), 1, Integer::sum);
        }
        List<AdjudicationDecision> toAdd = new ArrayList<>();
        for (AdjudicationDecision d : sourceLog) {
            String document = targetNames.getOrDefault(d.document(), d.document());
            DecisionKey key = key(d, document);
            if (inTarget.getOrDefault(key, 0) > 0) {
                inTarget.merge(key, -1, Integer::sum);
            } else {
                toAdd.add(new AdjudicationDecision(d.id(), document, d.code(), d.start(), d.end(), d.coders(), d.consensus(),
                        d.outcome(), d.rule(), d.decidedBy(), d.note(), d.decidedAt()));
            }
        }
        report.adjudicationsAdded += target.adjudications().recordCopies(toAdd);
    }

    private static DecisionKey key(AdjudicationDecision d, String document) {
        return new DecisionKey(document, d.code(), d.start(), d.end(), d.coders(), d.consensus(), d.outcome(), d.rule(),
                d.decidedBy(), d.note());
    }

    /** Source document name to the name the same text has in the target (they differ after a rename or clash). */
    private Map<String, String> documentNamesInTarget() {
        Map<Long, String> sourceNames = source.documents().names();
        Map<Long, String> targetNames = target.documents().names();
        Map<String, String> names = new HashMap<>();
        documentIds.forEach((sourceId, targetId) -> names.put(sourceNames.get(sourceId), targetNames.get(targetId)));
        return names;
    }

    private Memo putMemo(Memo memo, long targetId) {
        return memo.target() == MemoTarget.FREE ? target.memos().putFree(memo.title(), memo.author(), memo.text())
                : target.memos().put(memo.target(), targetId, memo.author(), memo.text());
    }

    private String describeMemoTarget(Memo memo, long targetId) {
        return switch (memo.target()) {
            case PROJECT -> "the project";
            case FREE -> "the free memo '" + memo.title() + "'";
            case DOCUMENT -> "document '" + target.documents().byId(targetId).map(Document::name).orElse("#" + targetId) + "'";
            case CODE -> "code '" + target.codebook().byId(targetId).map(Code::name).orElse("#" + targetId) + "'";
            case CODING -> "coding #" + targetId;
        };
    }
}
