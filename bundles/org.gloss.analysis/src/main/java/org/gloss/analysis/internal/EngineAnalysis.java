package org.gloss.analysis.internal;

import java.util.List;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.CooccurrenceInstance;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.ProjectAnalysis;
import org.gloss.api.analysis.QueryResult;
import org.gloss.api.analysis.TextScope;

/**
 * The analyses of one project read into memory; each analysis is a small class of its own and runs
 * on the project narrowed to its filter's cases and sets ({@link ProjectData#within}).
 */
final class EngineAnalysis implements ProjectAnalysis {
    /** Drill-down lists show this much context around each passage. */
    static final int DRILL_DOWN_CONTEXT = 40;

    private final ProjectData data;
    private final FrequencyCounter frequencies;

    EngineAnalysis(ProjectData data) {
        this.data = data;
        this.frequencies = new FrequencyCounter(data);
    }

    @Override
    public QueryResult query(CodeQuery query) {
        return new QueryRunner(data.within(query.filter())).run(query);
    }

    @Override
    public CooccurrenceTable cooccurrence(CooccurrenceRequest request) {
        return new CooccurrenceCounter(data.within(request.filter())).table(request);
    }

    @Override
    public List<CooccurrenceInstance> cooccurrences(CooccurrenceRequest request, String a, String b) {
        ProjectData view = data.within(request.filter());
        return new CooccurrenceCounter(view).instances(request, a, b, new Segments(view, DRILL_DOWN_CONTEXT));
    }

    @Override
    public CodeMatrix matrix(MatrixRequest request) {
        return new MatrixBuilder(data.within(request.filter())).build(request);
    }

    @Override
    public List<AnalysisSegment> cellSegments(MatrixRequest request, int row, int column) {
        ProjectData view = data.within(request.filter());
        return new MatrixBuilder(view).cellSegments(request, row, column, new Segments(view, DRILL_DOWN_CONTEXT));
    }

    @Override
    public FrequencyTable frequencies(FrequencyRequest request) {
        return counter(request).table(request);
    }

    @Override
    public List<AnalysisSegment> rowSegments(FrequencyRequest request, int row) {
        ProjectData view = data.within(request.filter());
        return counter(request).rowSegments(request, row, new Segments(view, DRILL_DOWN_CONTEXT));
    }

    @Override
    public TextScope textScope(AnalysisFilter filter, String code, String speaker) {
        return new TextScopes(data.within(filter)).of(filter, code, speaker);
    }

    /** The counter of the whole project (it keeps what it learns between tables), or one of the filter's cases and sets. */
    private FrequencyCounter counter(FrequencyRequest request) {
        ProjectData view = data.within(request.filter());
        return view == data ? frequencies : new FrequencyCounter(view);
    }

    @Override
    public List<String> codesInCodebookOrder() {
        return data.codes.names();
    }
}
