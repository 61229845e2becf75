package org.gloss.agreement.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementMeasure;

/** The result of an agreement run: figures per code (pooled over documents) and overall. */
final class AgreementReport {
    final UnitLevel level;
    final List<String> coders;
    final List<AgreementMeasure> measures;
    final Map<String, Figures> codes = new LinkedHashMap<>();
    Figures overall;

    AgreementReport(UnitLevel level, List<String> coders, List<AgreementMeasure> measures) {
        this.level = level;
        this.coders = List.copyOf(coders);
        this.measures = List.copyOf(measures);
    }

    static String pairKey(String first, String second) {
        return first + "|" + second;
    }
}
