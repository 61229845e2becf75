package org.gloss.ui.suggest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.suggest.MachineCodings;
import org.gloss.core.suggest.SuggestionDecisions;
import org.gloss.model.Code;
import org.gloss.model.CodePointText;
import org.gloss.model.Coder;
import org.gloss.model.Coding;
import org.gloss.model.Document;

/**
 * Reads a machine coder's suggestions (its codings) with their standing decisions from the
 * adjudication log, highest score first (then by document and position).
 */
final class SuggestionList {
    /** The memo {@link MachineCodings#memo} writes: "..., score 0.93; words: debt, loan". */
    private static final Pattern SCORE = Pattern.compile("\\), score ([0-9]+(?:\\.[0-9]+)?)(?:;|$)");
    private static final String WORDS = "; words: ";
    /** An unscored suggestion's (a language model's) reason in words. */
    private static final String REASON = "; reason: ";
    static final int EXCERPT = 120;

    private SuggestionList() {
    }

    /** The machine coders of the project, by name. */
    static List<String> machineCoders(ProjectSession session) {
        return session.coders().list().stream().map(Coder::name).filter(MachineCodings::isMachine).sorted().toList();
    }

    /**
     * @param documentId the document to list, or null for every document
     */
    static List<SuggestionRow> load(ProjectSession session, String machineCoder, Long documentId) {
        var coder = session.coders().find(machineCoder);
        if (coder.isEmpty()) {
            return List.of();
        }
        Map<Long, String> codes = new HashMap<>();
        for (Code code : session.codebook().list()) {
            codes.put(code.id(), code.name());
        }
        Map<Long, Document> documents = new HashMap<>();
        session.documents().list().forEach(d -> documents.put(d.id(), d));
        Map<String, AdjudicationDecision> decisions = new HashMap<>();
        for (AdjudicationDecision d : SuggestionDecisions.standing(session.adjudications().list())) {
            if (d.coders().equals(List.of(machineCoder))) {
                decisions.put(key(d.document(), d.code(), d.start(), d.end()), d); // the latest stands
            }
        }
        Map<Long, CodePointText> texts = new HashMap<>();
        List<SuggestionRow> rows = new ArrayList<>();
        for (Coding c : session.codings().list(new CodingFilter(documentId, null, coder.get().id()))) {
            Document document = documents.get(c.documentId());
            String code = codes.get(c.codeId());
            if (document == null || code == null) {
                continue;
            }
            CodePointText text = texts.computeIfAbsent(c.documentId(), id -> new CodePointText(session.documents().text(id)));
            AdjudicationDecision decision = decisions.get(key(document.name(), code, c.start(), c.end()));
            rows.add(new SuggestionRow(c.documentId(), document.name(), c.codeId(), code, c.start(), c.end(),
                    score(c.memo()), reasons(c.memo()), excerpt(text.substring(c.start(), c.end())),
                    decision == null ? null : describe(decision)));
        }
        // highest score first; a language model's unscored proposals after every scored one
        rows.sort(Comparator.comparingDouble((SuggestionRow r) -> Double.isNaN(r.score()) ? Double.NEGATIVE_INFINITY : r.score())
                .reversed()
                .thenComparing(SuggestionRow::document).thenComparingInt(SuggestionRow::start).thenComparing(SuggestionRow::code));
        return rows;
    }

    static String key(String document, String code, int start, int end) {
        return document + '\u0000' + code + '\u0000' + start + '\u0000' + end;
    }

    /** "accepted for ann", "accepted as 'loans' for ann", "rejected". */
    static String describe(AdjudicationDecision decision) {
        String instead = SuggestionDecisions.acceptedAs(decision);
        if (instead != null) {
            return "accepted as '" + instead + "' for " + decision.consensus();
        }
        return decision.outcome() == AdjudicationDecision.Outcome.ACCEPTED ? "accepted for " + decision.consensus() : "rejected";
    }

    static double score(String memo) {
        if (memo == null) {
            return Double.NaN;
        }
        // the last match: a suggester's provenance (in the parentheses) may mention a score itself
        Matcher m = SCORE.matcher(memo);
        double score = Double.NaN;
        while (m.find()) {
            score = Double.parseDouble(m.group(1));
        }
        return score;
    }

    static List<String> reasons(String memo) {
        if (memo != null && memo.contains(REASON)) {
            return List.of(memo.substring(memo.lastIndexOf(REASON) + REASON.length()));
        }
        if (memo == null || !memo.contains(WORDS)) {
            return List.of();
        }
        return Arrays.stream(memo.substring(memo.lastIndexOf(WORDS) + WORDS.length()).split(", ")).filter(s -> !s.isBlank()).toList();
    }

    /** One line, at most {@link #EXCERPT} code points. */
    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        int length = line.codePointCount(0, line.length());
        return length <= EXCERPT ? line : line.substring(0, line.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }

    static String score(double score) {
        return Double.isNaN(score) ? "" : String.format(Locale.ROOT, "%.2f", score);
    }
}
