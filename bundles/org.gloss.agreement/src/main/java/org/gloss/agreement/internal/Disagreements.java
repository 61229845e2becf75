package org.gloss.agreement.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.agreement.Disagreement;
import org.gloss.model.CodePointText;

/**
 * Every maximal span where the coders differ: some but not all of them covered it with the code.
 * Spans follow each other where the set of coders who have the text changes.
 */
final class Disagreements {
    private Disagreements() {
    }

    static List<Disagreement> of(Study study) {
        List<Disagreement> spans = new ArrayList<>();
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
                    spans.add(new Disagreement(document.id(), document.name(), code.id(), code.name(), run[0], run[1],
                            text.substring(run[0], run[1]), have, lack));
                }
            }
        }
        return spans;
    }
}
