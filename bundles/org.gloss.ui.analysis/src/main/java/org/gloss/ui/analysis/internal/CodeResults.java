package org.gloss.ui.analysis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.store.CodingFilter;
import org.gloss.model.Code;
import org.gloss.model.Coding;
import org.gloss.model.TextSpan;
import org.gloss.ui.workbench.model.AddCode;
import org.gloss.ui.workbench.model.AddCoding;
import org.gloss.ui.workbench.model.Change;
import org.gloss.ui.workbench.model.CompositeCommand;
import org.gloss.ui.workbench.model.UndoableCommand;
import org.gloss.ui.workbench.model.Workspace;

/**
 * "Code the results" in the workbench, without JavaFX: every result segment becomes a coding of
 * one code by the current coder, as one undo step (with the new code, when the name is new).
 * Overlapping segments (several coders' results) become one coding, and segments the coder already
 * coded with the code are skipped: the rules of {@code gloss query --code-as} and auto-coding.
 */
final class CodeResults {
    private static final String[] PALETTE = {"#D1495B", "#2E86AB", "#EDAE49", "#66A182", "#8E6C8A", "#E07A5F"};

    /** What coding will do: the extents to add per document and how many were already coded. */
    record Plan(String code, boolean newCode, Map<Long, List<TextSpan>> extents, int alreadyCoded) {
        int count() {
            return extents.values().stream().mapToInt(List::size).sum();
        }
    }

    private CodeResults() {
    }

    static Plan plan(Workspace workspace, List<AnalysisSegment> segments, String codeName) {
        String name = codeName == null ? "" : codeName.strip();
        if (name.isEmpty()) {
            throw new org.gloss.api.error.GlossException("a code needs a name");
        }
        Optional<Code> code = workspace.code(name);
        Map<Long, List<TextSpan>> byDocument = new LinkedHashMap<>();
        for (AnalysisSegment s : segments) {
            byDocument.computeIfAbsent(s.documentId(), d -> new ArrayList<>()).add(new TextSpan(s.start(), s.end()));
        }
        Map<Long, List<TextSpan>> extents = new LinkedHashMap<>();
        int already = 0;
        for (Map.Entry<Long, List<TextSpan>> e : byDocument.entrySet()) {
            List<TextSpan> existing = new ArrayList<>();
            if (code.isPresent()) {
                for (Coding c : workspace.session().codings().list(new CodingFilter(e.getKey(), code.get().id(), workspace.coder().id()))) {
                    existing.add(c.span());
                }
            }
            for (TextSpan span : merge(e.getValue())) {
                if (existing.stream().anyMatch(x -> x.start() <= span.start() && span.end() <= x.end())) {
                    already++;
                } else {
                    extents.computeIfAbsent(e.getKey(), d -> new ArrayList<>()).add(span);
                }
            }
        }
        return new Plan(name, code.isEmpty(), extents, already);
    }

    /** Runs a plan as one undoable command; returns the number of codings added. */
    static int apply(Workspace workspace, Plan plan) {
        if (plan.count() == 0) {
            return 0;
        }
        long coder = workspace.coder().id();
        List<UndoableCommand> steps = new ArrayList<>();
        AddCode addCode = null;
        if (plan.newCode()) {
            addCode = new AddCode(plan.code(), null, PALETTE[workspace.codes().size() % PALETTE.length]);
            steps.add(addCode);
        }
        long codeId = plan.newCode() ? -1 : workspace.code(plan.code()).orElseThrow().id();
        for (Map.Entry<Long, List<TextSpan>> e : plan.extents().entrySet()) {
            for (TextSpan span : e.getValue()) {
                steps.add(addCode != null ? AddCoding.withNewCode(addCode, e.getKey(), coder, span.start(), span.end())
                        : new AddCoding(e.getKey(), codeId, coder, span.start(), span.end(), plan.code()));
            }
        }
        Change change = plan.newCode() ? Change.of(Change.Kind.CODEBOOK) : new Change(Change.Kind.CODINGS, null, null, null);
        workspace.execute(new CompositeCommand("code " + plan.count() + " query results with '" + plan.code() + "'", change, steps));
        return plan.count();
    }

    /** Overlapping spans as one; touching spans stay apart. */
    private static List<TextSpan> merge(List<TextSpan> spans) {
        List<TextSpan> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.naturalOrder());
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan span : sorted) {
            TextSpan last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span.start() < last.end()) {
                merged.set(merged.size() - 1, new TextSpan(last.start(), Math.max(last.end(), span.end())));
            } else {
                merged.add(span);
            }
        }
        return merged;
    }
}
