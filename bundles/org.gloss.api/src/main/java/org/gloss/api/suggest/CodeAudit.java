package org.gloss.api.suggest;

import java.util.List;

import org.gloss.api.agreement.ScopeFigures;

/**
 * The audit of one code (or of every code pooled): the agreement figures of the machine and the
 * humans (pairwise measures for every pair: machine|human and human|human), and the machine's
 * precision and recall against each human.
 */
public record CodeAudit(String code, ScopeFigures agreement, List<PrecisionRecall> precisionRecall) {
    public CodeAudit {
        precisionRecall = List.copyOf(precisionRecall);
    }
}
