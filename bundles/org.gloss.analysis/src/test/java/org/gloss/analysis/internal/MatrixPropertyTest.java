package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.store.ProjectSession;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Code matrices (by document, coder and attribute value; every value; percentages; totals; with and
 * without sub-codes) against counting codings and per-code-point arrays; and every cell's
 * drill-down lists exactly the passages behind its number.
 */
class MatrixPropertyTest {
    @Property(tries = 100)
    void matricesAgreeWithNaiveCounts(@ForAll("seeds") long seed) throws Exception {
        Random random = new Random(seed);
        GeneratedProject p = GeneratedProject.random(random);
        Path dir = Files.createTempDirectory("gloss-matrix");
        try (ProjectSession session = p.write(dir.resolve("p.gloss"))) {
            EngineAnalysis analysis = new EngineAnalysis(ProjectData.read(session));
            Naive naive = new Naive(p);
            for (int round = 0; round < 4; round++) {
                AnalysisFilter filter = Naive.randomFilter(random, p);
                MatrixColumns columns = MatrixColumns.values()[random.nextInt(3)];
                String key = List.of("age", "region", "since").get(random.nextInt(3));
                if (columns == MatrixColumns.ATTRIBUTE && p.documents.stream().noneMatch(d -> d.attributes().containsKey(key))) {
                    columns = MatrixColumns.DOCUMENTS;
                }
                MatrixValue value = MatrixValue.values()[random.nextInt(4)];
                Percentages percentages = value == MatrixValue.SHARE ? Percentages.NONE : Percentages.values()[random.nextInt(3)];
                List<Integer> rows = new ArrayList<>();
                for (int k : p.codebookOrder()) {
                    if (round == 0 || random.nextInt(3) > 0) {
                        rows.add(k);
                    }
                }
                if (rows.isEmpty()) {
                    rows.add(p.codebookOrder().get(0)); // an empty list would ask for every code
                }
                boolean withSubcodes = random.nextBoolean();
                MatrixRequest request = new MatrixRequest(round == 0 ? List.of() : rows.stream().map(k -> p.codes.get(k).name()).toList(),
                        withSubcodes, columns, columns == MatrixColumns.ATTRIBUTE ? key : null, value, percentages, filter);
                CodeMatrix matrix = analysis.matrix(request);
                check(naive, request, rows, matrix, analysis);
            }
        } finally {
            QueryPropertyTest.deleteAll(dir);
        }
    }

    /** A column as the definitions describe it: documents, and the coder groups measured. */
    private record Column(String label, List<Integer> documents, List<boolean[]> groups) {
        boolean[] coders() {
            boolean[] all = new boolean[GeneratedProject.CODERS.length];
            for (boolean[] g : groups) {
                for (int c = 0; c < all.length; c++) {
                    all[c] |= g[c];
                }
            }
            return all;
        }
    }

    private static void check(Naive naive, MatrixRequest request, List<Integer> rows, CodeMatrix matrix, EngineAnalysis analysis) {
        GeneratedProject p = naive.p;
        AnalysisFilter filter = request.filter();
        boolean[] inScope = naive.documents(filter);
        List<Integer> scope = new ArrayList<>();
        for (int d = 0; d < inScope.length; d++) {
            if (inScope[d]) {
                scope.add(d);
            }
        }
        List<Column> columns = columns(naive, request, scope);
        String what = request.toString();
        assertThat(matrix.rows()).as(what).isEqualTo(rows.stream().map(k -> p.codes.get(k).name()).toList());
        assertThat(matrix.columns()).as(what).isEqualTo(columns.stream().map(Column::label).toList());
        List<boolean[]> rowSets = rows.stream().map(k -> request.withSubcodes() ? p.subtree(k) : Naive.exactly(p.codes.size(), k)).toList();
        boolean[] anyRow = new boolean[p.codes.size()];
        rowSets.forEach(set -> {
            for (int k = 0; k < set.length; k++) {
                anyRow[k] |= set[k];
            }
        });
        Column everything = new Column("total", scope, naive.groups(filter));
        for (int r = 0; r < rows.size(); r++) {
            double rowTotal = value(naive, request.value(), rowSets.get(r), everything);
            assertThat(matrix.rowTotals().get(r)).as(what + " row total " + r).isCloseTo(rowTotal, within(1e-9));
            for (int c = 0; c < columns.size(); c++) {
                double cell = value(naive, request.value(), rowSets.get(r), columns.get(c));
                double columnTotal = request.value() == MatrixValue.DOCUMENTS ? columns.get(c).documents().size()
                        : value(naive, request.value(), anyRow, columns.get(c));
                assertThat(matrix.columnTotals().get(c)).as(what + " column total " + c).isCloseTo(columnTotal, within(1e-9));
                double expected = switch (request.percentages()) {
                    case ROW -> rowTotal == 0 ? 0 : 100 * cell / rowTotal;
                    case COLUMN -> columnTotal == 0 ? 0 : 100 * cell / columnTotal;
                    default -> cell;
                };
                assertThat(matrix.cell(r, c)).as(what + " cell " + r + "," + c).isCloseTo(expected, within(1e-9));
                List<AnalysisSegment> behind = analysis.cellSegments(request, r, c);
                switch (request.value()) {
                    case SEGMENTS -> assertThat((double) behind.size()).as("drill-down " + r + "," + c).isEqualTo(cell);
                    case DOCUMENTS -> assertThat((double) behind.stream().map(AnalysisSegment::document).distinct().count())
                            .as("drill-down " + r + "," + c).isEqualTo(cell);
                    case CHARS -> assertThat((double) behind.stream().mapToInt(AnalysisSegment::length).sum())
                            .as("drill-down " + r + "," + c).isEqualTo(cell);
                    case SHARE -> {
                        long text = columns.get(c).documents().stream().mapToLong(naive::length).sum();
                        double chars = behind.stream().mapToInt(AnalysisSegment::length).sum();
                        assertThat(text == 0 ? 0 : chars / text).isCloseTo(cell, within(1e-9));
                    }
                }
                for (AnalysisSegment s : behind) {
                    int d = p.documents.indexOf(p.documents.stream().filter(x -> x.name().equals(s.document())).findFirst().get());
                    assertThat(s.text()).isEqualTo(naive.substring(d, s.start(), s.end()));
                    assertThat(columns.get(c).documents()).contains(d);
                }
            }
        }
    }

    private static double value(Naive naive, MatrixValue value, boolean[] codes, Column column) {
        GeneratedProject p = naive.p;
        boolean[] coders = column.coders();
        double v = 0;
        long text = 0;
        for (int d : column.documents()) {
            text += naive.length(d);
            int document = d;
            List<GeneratedProject.CodingDef> codings = p.codings.stream()
                    .filter(c -> c.document() == document && codes[c.code()] && coders[c.coder()]).toList();
            switch (value) {
                case SEGMENTS -> v += codings.size();
                case DOCUMENTS -> v += codings.isEmpty() ? 0 : 1;
                default -> {
                    for (boolean[] group : column.groups()) {
                        v += Naive.count(naive.coverage(d, codes, group));
                    }
                }
            }
        }
        return value == MatrixValue.SHARE ? (text == 0 ? 0 : v / text) : v;
    }

    private static List<Column> columns(Naive naive, MatrixRequest request, List<Integer> scope) {
        GeneratedProject p = naive.p;
        List<Column> columns = new ArrayList<>();
        List<boolean[]> groups = naive.groups(request.filter());
        switch (request.columns()) {
            case DOCUMENTS -> scope.forEach(d -> columns.add(new Column(p.documents.get(d).name(), List.of(d), groups)));
            case CODERS -> {
                boolean[] coders = naive.coders(request.filter());
                for (int c = 0; c < coders.length; c++) {
                    if (coders[c]) {
                        boolean[] one = new boolean[coders.length];
                        one[c] = true;
                        columns.add(new Column(GeneratedProject.CODERS[c], scope, List.of(one)));
                    }
                }
            }
            case ATTRIBUTE -> naive.attributeGroups(scope, request.attribute())
                    .forEach(g -> columns.add(new Column(g.getKey(), g.getValue(), groups)));
        }
        return columns;
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }
}
