package org.gloss.analysis.internal;

import java.util.List;

import org.gloss.analysis.internal.query.QueryParser;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.CodingOutcome;
import org.gloss.api.analysis.DocumentCondition;
import org.gloss.api.analysis.ProjectAnalysis;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.project.ProjectErrors;
import org.osgi.service.component.annotations.Component;

/** The analysis service: reads a project for analyses, checks queries, codes query results. */
@Component(service = AnalysisService.class)
public class AnalysisEngine implements AnalysisService {
    @Override
    public ProjectAnalysis open(ProjectSession project) {
        return new EngineAnalysis(ProjectData.read(project));
    }

    @Override
    public void validateQuery(String query) {
        QueryParser.parse(query);
    }

    @Override
    public DocumentCondition attributeCondition(String written) {
        return AttributeConditions.parse(written);
    }

    @Override
    public List<String> queryKeywords() {
        return QueryParser.KEYWORDS;
    }

    @Override
    public CodingOutcome codeResults(ProjectSession project, List<AnalysisSegment> segments, String code, String coder) {
        if (code == null || code.isBlank()) {
            throw ProjectErrors.invalidName("code", String.valueOf(code));
        }
        if (coder == null || coder.isBlank()) {
            throw ProjectErrors.invalidName("coder", String.valueOf(coder));
        }
        return ResultCoder.code(project, segments, code, coder);
    }
}
