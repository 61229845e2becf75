package org.gloss.search.lucene.internal.words;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.analysis.TextScope;
import org.gloss.api.analysis.WordFrequencies;
import org.gloss.api.analysis.WordRequest;
import org.gloss.api.analysis.WordTable;
import org.gloss.api.search.IndexProgress;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.CodePointText;
import org.gloss.search.lucene.internal.ProjectIndexes;
import org.gloss.search.lucene.internal.analysis.StopLists;
import org.gloss.search.lucene.internal.analysis.WordForms;
import org.gloss.search.lucene.internal.index.IndexDamagedException;
import org.gloss.search.lucene.internal.index.ProjectIndex;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Word frequencies from the project's search index: the analysis engine says which documents and
 * regions are in scope, the index's terms and postings give the words.
 */
@Component(service = WordFrequencies.class)
public class LuceneWordFrequencies implements WordFrequencies {
    private final ProjectIndexes indexes;
    private final AnalysisService analysis;

    @Activate
    public LuceneWordFrequencies(@Reference ProjectIndexes indexes, @Reference AnalysisService analysis) {
        this.indexes = indexes;
        this.analysis = analysis;
    }

    @Override
    public WordTable count(ProjectSession project, WordRequest request) {
        StopWords stops = new StopWords(request.stopLists(), request.stopWords(), new WordForms());
        TextScope scope = analysis.open(project).textScope(request.filter(), request.code(), request.speaker());
        return read(project, reader -> new WordCounting(request, new ScopedIndex(project, scope, reader.leaves()), stops)
                .count(reader));
    }

    @Override
    public List<AnalysisSegment> occurrences(ProjectSession project, WordRequest request, String stem, int contextWidth) {
        StopWords stops = new StopWords(request.stopLists(), request.stopWords(), new WordForms());
        TextScope scope = analysis.open(project).textScope(request.filter(), request.code(), request.speaker());
        List<int[]> found = read(project, reader -> new WordCounting(request,
                new ScopedIndex(project, scope, reader.leaves()), stops).occurrences(reader, stem));
        Map<Integer, CodePointText> texts = new HashMap<>();
        List<AnalysisSegment> segments = new ArrayList<>(found.size());
        for (int[] o : found) {
            TextScope.ScopedDocument d = scope.documents().get(o[0]);
            CodePointText text = texts.computeIfAbsent(o[0], p -> new CodePointText(project.documents().text(d.id())));
            int start = text.toCodePointOffset(o[1]);
            int end = text.toCodePointOffset(o[2]);
            segments.add(new AnalysisSegment(d.id(), d.name(), start, end, text.substring(start, end),
                    text.substring(Math.max(0, start - contextWidth), start),
                    text.substring(end, Math.min(text.length(), end + contextWidth)), List.of(stem), null, null));
        }
        return segments;
    }

    @Override
    public List<String> stopListLanguages() {
        return StopLists.languages();
    }

    private <T> T read(ProjectSession project, ProjectIndex.ReaderWork<T> work) {
        ProjectIndex index = indexes.indexFor(project);
        index.refresh(project, IndexProgress.SILENT);
        try {
            return index.withReader(work);
        } catch (IndexDamagedException e) {
            index.rebuild(project, "damaged: " + e.getMessage(), IndexProgress.SILENT);
            return index.withReader(work);
        }
    }
}
