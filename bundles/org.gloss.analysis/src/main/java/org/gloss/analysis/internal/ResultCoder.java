package org.gloss.analysis.internal;

import java.util.ArrayList;
import java.util.List;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodingOutcome;
import org.gloss.api.search.AutoCodePlan;
import org.gloss.api.search.AutoCodeScope;
import org.gloss.api.search.SearchHit;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.search.AutoCoding;
import org.gloss.model.Coding;

/**
 * "Code the results": writes result segments as codings of one code by one coder, with the same
 * rules as auto-coding search hits (overlapping segments become one coding, segments the coder
 * already coded with the code are skipped), in one transaction.
 */
final class ResultCoder {
    private ResultCoder() {
    }

    static CodingOutcome code(ProjectSession project, List<AnalysisSegment> segments, String code, String coder) {
        String codeName = code.strip();
        String coderName = coder.strip();
        return project.inTransaction(() -> {
            boolean created = project.codebook().find(codeName).isEmpty();
            if (created) {
                project.codebook().add(codeName, null, null, null);
            }
            project.coders().getOrCreate(coderName);
            List<SearchHit> hits = new ArrayList<>(segments.size());
            for (AnalysisSegment s : segments) {
                hits.add(new SearchHit(s.documentId(), s.document(), s.start(), s.end(), s.text(), "", ""));
            }
            AutoCodePlan plan = AutoCoding.plan(project, hits, codeName, coderName, AutoCodeScope.HIT);
            List<Coding> added = AutoCoding.apply(project, plan);
            return new CodingOutcome(codeName, coderName, created, added, plan.alreadyCoded());
        });
    }
}
