package org.gloss.suggest.audit.internal;

import java.util.List;

import org.gloss.api.suggest.CodeSpan;
import org.gloss.api.suggest.PrecisionRecall;
import org.gloss.api.suggest.SuggestionDocument;
import org.gloss.api.suggest.SuggestionUnit;
import org.gloss.core.suggest.SuggestionUnits;

/**
 * Counts units the machine and a human coded with a code: a coder coded a unit when one of
 * their codings of the code overlaps it, the rule agreement units follow (docs/agreement.md).
 */
final class UnitCounts {
    long truePositives;
    long falsePositives;
    long falseNegatives;

    void add(SuggestionDocument document, SuggestionUnit unit, String code, List<CodeSpan> machine, List<CodeSpan> human) {
        int[] units = SuggestionUnits.of(unit, document.text(), document.turns());
        for (int u = 0; u < units.length; u += 2) {
            boolean m = overlaps(machine, code, units[u], units[u + 1]);
            boolean h = overlaps(human, code, units[u], units[u + 1]);
            if (m && h) {
                truePositives++;
            } else if (m) {
                falsePositives++;
            } else if (h) {
                falseNegatives++;
            }
        }
    }

    void add(UnitCounts other) {
        truePositives += other.truePositives;
        falsePositives += other.falsePositives;
        falseNegatives += other.falseNegatives;
    }

    PrecisionRecall against(String human) {
        return new PrecisionRecall(human, truePositives, falsePositives, falseNegatives);
    }

    private static boolean overlaps(List<CodeSpan> spans, String code, int start, int end) {
        for (CodeSpan s : spans) {
            if (s.code().equals(code) && s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
