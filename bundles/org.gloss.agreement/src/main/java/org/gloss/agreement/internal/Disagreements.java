package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.model.CodePointText;

/**
 * Every maximal span where the coders differ: some but not all of them covered it with the code.
 * Spans follow each other where the set of coders who have the text changes.
 */
final class Disagreements {
    /** One span of disagreement; {@code coders} have it, {@code others} do not. */
    record Span(String document, String code, int start, int end, String text, List<String> coders, List<String> others) {
    }

    private Disagreements() {
    }

    static List<Span> of(Study study) {
        List<Span> spans = new ArrayList<>();
        int all = (1 << study.coders().size()) - 1;
        for (Study.DocumentRef document : study.documents()) {
            CodePointText text = null;
            for (Study.CodeRef code : study.codes()) {
                List<int[]> runs = new ArrayList<>();
                BoundarySweep.runs(document.length(), study.coverage().layers(code.id(), document.id()), (s, e, mask) -> {
                    if (mask != 0 && mask != all) {
                        runs.add(new int[] {s, e, mask});
                    }
                });
                if (runs.isEmpty()) {
                    continue;
                }
                if (text == null) {
                    text = new CodePointText(study.texts().apply(document.id()));
                }
                for (int[] run : runs) {
                    List<String> have = new ArrayList<>();
                    List<String> lack = new ArrayList<>();
                    for (int c = 0; c < study.coders().size(); c++) {
                        ((run[2] >>> c & 1) == 1 ? have : lack).add(study.coders().get(c));
                    }
                    spans.add(new Span(document.name(), code.name(), run[0], run[1], text.substring(run[0], run[1]),
                            List.copyOf(have), List.copyOf(lack)));
                }
            }
        }
        return spans;
    }
}
