package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.ProjectAnalysis;
import org.gloss.api.exporter.ResultTable;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TablesServiceTest {
    @TempDir
    Path dir;
    private final TablesService tables = new TablesService();

    @Test
    void everyResultBecomesATableWithTheCommandLineColumns() {
        try (ProjectSession session = WorkedExample.create(dir.resolve("p.gloss"))) {
            ProjectAnalysis analysis = new AnalysisEngine().open(session);
            ResultTable query = tables.of(analysis.query(CodeQuery.of("=Economy")));
            assertThat(query.columns()).containsExactly("document", "start", "end", "text", "codes");
            assertThat(query.rows()).containsExactly(Arrays.asList("Aigerim", 67L, 75L, "中国 loans", "Economy"));
            ResultTable pairs = tables.of(analysis.cooccurrence(CooccurrenceRequest.all()));
            assertThat(pairs.columns()).containsExactly("a", "b", "pairs", "documents", "c", "jaccard");
            ResultTable square = tables.square(analysis.cooccurrence(CooccurrenceRequest.all()), "pairs");
            assertThat(square.columns()).containsExactly("code", "Economy", "debt concern", "transparency", "two-way road");
            assertThat(square.rows().get(1)).containsExactly("debt concern", null, null, null, 1L);
            assertThat(square.rows().get(3)).containsExactly("two-way road", null, 1L, 1L, null);
            ResultTable matrix = tables.of(analysis.matrix(MatrixRequest.codesByDocuments()));
            assertThat(matrix.columns()).containsExactly("code", "Aigerim", "Berik", "Empty", "total");
            assertThat(matrix.rows().get(1)).containsExactly("debt concern", 2L, 1L, 0L, 3L);
            assertThat(matrix.rows().get(4)).containsExactly("total", 5L, 2L, 0L, null);
            ResultTable frequencies = tables.of(analysis.frequencies(FrequencyRequest.by(FrequencyBy.DOCUMENT)));
            assertThat(frequencies.columns()).startsWith("document", "codings", "documents", "codes");
            assertThat(frequencies.rows()).extracting(r -> r.get(0)).containsExactly("Aigerim", "Berik", "Empty", "total");
            assertThat(tables.segments("cell", analysis.cellSegments(MatrixRequest.codesByDocuments(), 0, 0)).rows())
                    .containsExactly(List.of("Aigerim", 67L, 75L, "Economy", "ann", "中国 loans"));
            ResultTable behindPair = tables.pairs("pairs", analysis.cooccurrences(CooccurrenceRequest.all(), "debt concern", "two-way road"));
            assertThat(behindPair.columns()).containsExactly("document", "a", "a_start", "a_end", "a_text", "b", "b_start", "b_end",
                    "b_text", "coder");
            assertThat(behindPair.rows()).containsExactly(Arrays.asList("Aigerim", "debt concern", 9L, 40L,
                    "The debt 😀 keeps growing. It is", "two-way road", 34L, 56L, " It is a two-way road.", null));
        }
    }
}
