package org.gloss.ui.adjudication.internal;

import java.util.List;
import java.util.Optional;

import org.gloss.api.agreement.Disagreement;
import org.gloss.api.agreement.SpanDecisionRequest;
import org.gloss.api.agreement.SpanDecisionRequest.Choice;
import org.gloss.model.CodePointText;
import org.gloss.model.TextSpan;

/**
 * The disagreement review without the UI: which coders are compared, the latest figures and
 * disagreements, which disagreement is current, and the decision requests the buttons send.
 * Loading happens elsewhere (off the FX thread) through {@link #query()}; {@link #show} takes the
 * answer and keeps the current disagreement in place. Used on one thread.
 */
final class ComparisonModel {
    static final String DEFAULT_CONSENSUS = "consensus";

    private String coderA;
    private String coderB;
    private String code;
    private String consensus = DEFAULT_CONSENSUS;
    private boolean allDocuments;
    private ComparisonSnapshot snapshot;
    private int current = -1;
    private boolean advanceOnNextShow;

    /** Chooses what to compare (only documents both coders coded); the next {@link #show} starts at the first disagreement. */
    void compare(String coderA, String coderB, String code, String consensus) {
        compare(coderA, coderB, code, consensus, false);
    }

    /** Chooses what to compare; {@code allDocuments} also takes documents one of them has not coded at all. */
    void compare(String coderA, String coderB, String code, String consensus, boolean allDocuments) {
        this.allDocuments = allDocuments;
        this.coderA = coderA;
        this.coderB = coderB;
        this.code = code;
        this.consensus = consensusName(consensus);
        this.snapshot = null;
        this.current = -1;
    }

    /** The consensus coder named in a text field: the default when blank. */
    static String consensusName(String text) {
        return text == null || text.isBlank() ? DEFAULT_CONSENSUS : text.strip();
    }

    /** Why the comparison cannot run, or empty when it can. */
    Optional<String> problem() {
        if (coderA == null || coderB == null) {
            return Optional.of("Choose coders A and B.");
        }
        if (coderA.equals(coderB)) {
            return Optional.of("Choose two different coders.");
        }
        if (consensus.equals(coderA) || consensus.equals(coderB)) {
            return Optional.of("The consensus coder must not be one of the compared coders.");
        }
        return Optional.empty();
    }

    ComparisonQuery query() {
        return new ComparisonQuery(coderA, coderB, code, consensus, allDocuments);
    }

    /** Takes a loaded answer if it is still about the current comparison; returns whether it was taken. */
    boolean show(ComparisonSnapshot loaded) {
        if (!loaded.query().equals(query())) {
            return false; // an older comparison finished loading late
        }
        ComparisonSnapshot.Row was = current().orElse(null);
        int wasIndex = current;
        snapshot = loaded;
        List<ComparisonSnapshot.Row> rows = loaded.rows();
        current = rows.isEmpty() ? -1 : 0;
        if (was != null) {
            current = Math.min(Math.max(wasIndex, 0), rows.size() - 1);
            for (int i = 0; i < rows.size(); i++) {
                if (rows.get(i).sameSpan(was)) {
                    current = i;
                    break;
                }
            }
        }
        if (advanceOnNextShow) {
            advanceOnNextShow = false;
            nextOpen();
        }
        return true;
    }

    Optional<ComparisonSnapshot> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    List<ComparisonSnapshot.Row> rows() {
        return snapshot == null ? List.of() : snapshot.rows();
    }

    int currentIndex() {
        return current;
    }

    Optional<ComparisonSnapshot.Row> current() {
        return current < 0 || current >= rows().size() ? Optional.empty() : Optional.of(rows().get(current));
    }

    void select(int index) {
        if (index >= 0 && index < rows().size()) {
            current = index;
        }
    }

    boolean next() {
        if (current + 1 < rows().size()) {
            current++;
            return true;
        }
        return false;
    }

    boolean previous() {
        if (current > 0) {
            current--;
            return true;
        }
        return false;
    }

    /** Moves to the next open disagreement after the current one (wrapping); stays when none is open. */
    boolean nextOpen() {
        int n = rows().size();
        for (int step = 1; step <= n; step++) {
            int i = (current + step) % n;
            if (!rows().get(i).decided()) {
                current = i;
                return true;
            }
        }
        return false;
    }

    /** The next answer shown moves on to the next open disagreement (after a decision). */
    void advanceAfterReload() {
        advanceOnNextShow = true;
    }

    String coderA() {
        return coderA;
    }

    String coderB() {
        return coderB;
    }

    String consensus() {
        return consensus;
    }

    /**
     * The request for a decision on the current disagreement.
     *
     * @param coder  for {@link Choice#CODER}: coder A's or B's name
     * @param extent for {@link Choice#EXTENT}: the accepted extent in code points
     */
    SpanDecisionRequest request(Choice choice, String coder, TextSpan extent, String note, String decidedBy) {
        Disagreement d = current().orElseThrow(() -> new IllegalStateException("no current disagreement")).disagreement();
        String trimmedNote = note == null || note.isBlank() ? null : note.strip();
        return new SpanDecisionRequest(List.of(coderA, coderB), d.document(), d.code(), new TextSpan(d.start(), d.end()), choice,
                choice == Choice.CODER ? coder : null, choice == Choice.EXTENT ? extent : null, consensus, decidedBy, trimmedNote);
    }

    /** The text of an extent (code points) of a document's text, for previewing an edited extent. */
    static String excerpt(String documentText, int start, int end) {
        CodePointText text = new CodePointText(documentText);
        int from = Math.max(0, Math.min(start, text.length()));
        int to = Math.max(from, Math.min(end, text.length()));
        return text.substring(from, to);
    }
}
