package org.gloss.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.gloss.api.search.AutoCodePlan;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.PlannedCoding;
import org.gloss.api.search.SearchHit;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Code;
import org.gloss.model.CodePointText;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Sentences;
import org.gloss.model.TextSpan;
import org.gloss.model.TextUnits;
import org.gloss.model.Turn;

/**
 * Auto-coding: applies a code to every hit of a search, extended to the hit, its sentence or its
 * paragraph. {@link #plan} computes what would be coded (a preview, or {@code --dry-run});
 * {@link #apply} writes it in one transaction. Plain Java, so the command line and the workbench
 * share it.
 */
public final class AutoCoding {
    private AutoCoding() {
    }

    /**
     * The codings that coding every hit would add. Extents that overlap within a document are
     * merged into one; extents the coder already coded with the code are left out.
     *
     * @throws org.gloss.api.error.GlossException if the code does not exist
     */
    public static AutoCodePlan plan(ProjectSession project, List<SearchHit> hits, String codeName, String coderName,
                                    AutoCodeScope scope) {
        Code code = project.codebook().get(codeName);
        Optional<Coder> coder = project.coders().find(coderName);
        Map<Long, List<SearchHit>> byDocument = new LinkedHashMap<>();
        for (SearchHit hit : hits) {
            byDocument.computeIfAbsent(hit.documentId(), id -> new ArrayList<>()).add(hit);
        }
        List<PlannedCoding> planned = new ArrayList<>();
        int alreadyCoded = 0;
        for (Map.Entry<Long, List<SearchHit>> entry : byDocument.entrySet()) {
            long documentId = entry.getKey();
            String documentName = entry.getValue().get(0).document();
            CodePointText text = new CodePointText(project.documents().text(documentId));
            List<Turn> turns = project.documents().turns(documentId);
            List<TextSpan> extents = new ArrayList<>();
            for (SearchHit hit : entry.getValue()) {
                TextSpan span = new TextSpan(hit.start(), hit.end());
                extents.add(withinTurn(extent(text, span, scope), span, turns));
            }
            List<TextSpan> existing = new ArrayList<>();
            if (coder.isPresent()) {
                for (Coding c : project.codings().list(new CodingFilter(documentId, code.id(), coder.get().id()))) {
                    existing.add(c.span());
                }
            }
            for (TextSpan span : merge(extents)) {
                if (coveredBy(span, existing)) {
                    alreadyCoded++;
                } else {
                    planned.add(new PlannedCoding(documentId, documentName, span.start(), span.end(),
                            text.substring(span.start(), span.end())));
                }
            }
        }
        return new AutoCodePlan(code.name(), coderName, scope, planned, alreadyCoded);
    }

    /**
     * Whether the coder already coded this passage with the code: one of their codings covers it
     * (a hit inside a sentence coded by an earlier sentence-wide auto-coding is not coded again).
     */
    private static boolean coveredBy(TextSpan span, List<TextSpan> existing) {
        for (TextSpan e : existing) {
            if (e.start() <= span.start() && span.end() <= e.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Adds the planned codings in one transaction (all or none) and returns them, so that a user
     * interface can undo the auto-coding by removing exactly these codings.
     */
    public static List<Coding> apply(ProjectSession project, AutoCodePlan plan) {
        return project.inTransaction(() -> {
            long codeId = project.codebook().get(plan.code()).id();
            long coderId = project.coders().getOrCreate(plan.coder()).id();
            List<Coding> added = new ArrayList<>();
            for (PlannedCoding c : plan.codings()) {
                added.add(project.codings().add(new NewCoding(c.documentId(), codeId, coderId, c.start(), c.end(), null)));
            }
            return added;
        });
    }

    /**
     * In a transcript, an extent stays inside the speaker turn of its hit: the speaker's label
     * and the next speaker's words are not part of what the speaker said.
     */
    private static TextSpan withinTurn(TextSpan extent, TextSpan hit, List<Turn> turns) {
        for (Turn turn : turns) {
            TextSpan t = turn.span();
            if (t.start() <= hit.start() && hit.end() <= t.end()) {
                return new TextSpan(Math.max(extent.start(), t.start()), Math.min(extent.end(), t.end()));
            }
        }
        return extent;
    }

    /** The extent of a hit for a scope, in code points, with surrounding white space trimmed. */
    public static TextSpan extent(CodePointText text, TextSpan hit, AutoCodeScope scope) {
        if (scope == AutoCodeScope.HIT) {
            return hit;
        }
        String s = text.text();
        int from = text.toCharIndex(hit.start());
        int to = text.toCharIndex(hit.end());
        int[] paragraph = TextUnits.paragraphBounds(s, from, to);
        int start = paragraph[0];
        int end = paragraph[1];
        if (scope == AutoCodeScope.SENTENCE) {
            // Sentences never cross a paragraph: break the paragraph alone, so that a heading or a
            // transcript line without a full stop does not run into the next one.
            String paragraphText = s.substring(start, end);
            int sentenceStart = Sentences.start(paragraphText, from - start);
            int sentenceEnd = Sentences.end(paragraphText, to - start);
            end = start + sentenceEnd;
            start = start + sentenceStart;
        }
        while (start < from && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (end > to && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return new TextSpan(text.toCodePointOffset(start), text.toCodePointOffset(end));
    }

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
