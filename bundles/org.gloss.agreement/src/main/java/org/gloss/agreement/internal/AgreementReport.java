package org.gloss.agreement.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementMeasure;

/**
 * The result of an agreement run: figures per code (pooled over documents) and overall, the
 * documents compared and those left out, and the codes no compared coder used.
 */
final class AgreementReport {
    final UnitLevel level;
    final List<String> coders;
    final List<AgreementMeasure> measures;
    final Map<String, Figures> codes = new LinkedHashMap<>();
    Figures overall;
    /** The documents compared, in scope order. */
    final List<String> documents = new java.util.ArrayList<>();
    /** Documents in scope that some coder has not coded at all, with those coders. */
    final List<Study.LeftOut> documentsLeftOut = new java.util.ArrayList<>();
    /** Codes in scope that no compared coder applied in the documents compared (left out of the figures by default). */
    final List<String> codesNotUsed = new java.util.ArrayList<>();

    AgreementReport(UnitLevel level, List<String> coders, List<AgreementMeasure> measures) {
        this.level = level;
        this.coders = List.copyOf(coders);
        this.measures = List.copyOf(measures);
    }

    static String pairKey(String first, String second) {
        return first + "|" + second;
    }
}
