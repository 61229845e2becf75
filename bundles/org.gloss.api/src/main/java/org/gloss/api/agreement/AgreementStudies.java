package org.gloss.api.agreement;

import java.util.List;

import org.gloss.api.store.ProjectSession;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Inter-coder comparison of a project, as a service: the agreement figures of some coders at
 * character level, the spans where they disagree, and one adjudication decision on one such span.
 * The command line ({@code gloss disagreements}, {@code gloss adjudicate-span}) and the
 * workbench's comparison view both go through it, so both decide alike. Offsets are code points.
 * Each call works on the session it is given, on the caller's thread.
 */
@ProviderType
public interface AgreementStudies {
    /**
     * Every installed agreement measure at character level, per code (pooled over the documents in
     * scope) and overall, without bootstrap intervals.
     */
    AgreementFigures figures(ProjectSession session, StudyScope scope);

    /**
     * The same figures for codings held in memory (every coder, code and document of the table),
     * with 95 % bootstrap intervals from {@code resamples} resamples of the units (0: none).
     *
     * @throws IllegalArgumentException for fewer than two coders, a negative {@code resamples}, or a
     *                                  coding that names what the table does not have or lies
     *                                  outside its document
     */
    AgreementFigures figures(CodingTable codings, int resamples);

    /**
     * Every installed agreement measure at the chosen unit, per code and overall, with bootstrap
     * intervals as the options say. {@code virtualCoders} are coders the project does not hold
     * (say a machine coder's suggestions that were not written), compared as if it did; they are
     * named in {@code scope.coders()} like the others, and count as having coded every document in
     * scope (the documents the real coders have not all coded are left out unless
     * {@code scope.allDocuments()}). Since 2.1.
     */
    AgreementFigures figures(ProjectSession session, StudyScope scope, StudyOptions options, List<VirtualCoder> virtualCoders);

    /** Every maximal span where some but not all of the coders applied a code, by document, code, start. */
    List<Disagreement> disagreements(ProjectSession session, StudyScope scope);

    /**
     * Decides one disagreement: the consensus coder receives the accepted text of [start, end) it
     * does not have yet, and the decision is logged. The compared coders' codings are never changed.
     * One transaction: on a failure nothing is written.
     */
    SpanDecisionResult decide(ProjectSession session, SpanDecisionRequest request);
}
