package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.analysis.AnalysisFilter;
import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.AttributeEquals;
import org.gloss.api.analysis.AttributeRange;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceRequest;
import org.gloss.api.analysis.FrequencyBy;
import org.gloss.api.analysis.FrequencyRequest;
import org.gloss.api.analysis.FrequencyRow;
import org.gloss.api.analysis.FrequencyTable;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.analysis.ProjectAnalysis;
import org.gloss.api.analysis.Proximity;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.ProjectSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The worked examples of docs/analysis.md, number for number. */
class WorkedExamplesTest {
    @TempDir
    Path dir;
    private ProjectSession session;
    private ProjectAnalysis analysis;

    @BeforeEach
    void open() {
        session = WorkedExample.create(dir.resolve("example.gloss"));
        analysis = new AnalysisEngine().open(session);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private List<String> query(String text, AnalysisFilter filter) {
        return analysis.query(new CodeQuery(text, filter, 0)).segments().stream()
                .map(s -> s.document() + " " + s.start() + "-" + s.end() + " '" + s.text() + "' " + s.codes()
                        + (s.coder() == null ? "" : " " + s.coder()))
                .toList();
    }

    private List<String> query(String text) {
        return query(text, AnalysisFilter.ALL);
    }

    @Test
    void andIsTheTextCodedWithBoth() {
        assertThat(query("\"debt concern\" AND \"two-way road\""))
                .containsExactly("Aigerim 34-40 ' It is' [debt concern, two-way road]");
    }

    @Test
    void touchingSegmentsShareNoCodePoint() {
        AnalysisFilter ann = AnalysisFilter.ALL.withCoders(List.of("ann"));
        assertThat(query("\"debt concern\" AND \"two-way road\"", ann)).isEmpty();
        assertThat(query("\"debt concern\" OVERLAPS \"two-way road\"", ann)).isEmpty();
        assertThat(query("\"debt concern\" NEAR/0 \"two-way road\"", ann))
                .containsExactly("Aigerim 9-34 'The debt 😀 keeps growing.' [debt concern]");
    }

    @Test
    void overlapsKeepsWholeSegmentsAndSameCoderKeepsCodersApart() {
        assertThat(query("\"debt concern\" OVERLAPS \"two-way road\""))
                .containsExactly("Aigerim 9-40 'The debt 😀 keeps growing. It is' [debt concern, two-way road]");
        assertThat(query("\"debt concern\" OVERLAPS \"two-way road\"", AnalysisFilter.ALL.withSameCoder(true))).isEmpty();
        assertThat(query("\"debt concern\"", AnalysisFilter.ALL.withSameCoder(true))).containsExactly(
                "Aigerim 9-34 'The debt 😀 keeps growing.' [debt concern] ann",
                "Aigerim 13-40 'debt 😀 keeps growing. It is' [debt concern] ben",
                "Berik 7-24 'Loans bring debt.' [debt concern] ann");
    }

    @Test
    void nearInCodePointsAndSentences() {
        assertThat(query("\"debt concern\" NEAR/1 \"two-way road\"")).containsExactly(
                "Aigerim 9-40 'The debt 😀 keeps growing. It is' [debt concern, two-way road]",
                "Berik 7-24 'Loans bring debt.' [debt concern]");
        assertThat(query("\"debt concern\" NEAR/0s \"two-way road\"")).containsExactly(
                "Aigerim 9-40 'The debt 😀 keeps growing. It is' [debt concern, two-way road]");
        assertThat(query("\"debt concern\" NEAR/1s \"two-way road\"")).hasSize(2);
        assertThat(query("\"debt concern\" FOLLOWED BY/5 \"two-way road\""))
                .containsExactly("Berik 7-24 'Loans bring debt.' [debt concern]");
        assertThat(query("transparency WITHIN \"two-way road\""))
                .containsExactly("Aigerim 43-56 'two-way road.' [transparency, two-way road]");
    }

    @Test
    void aCodeNameIncludesItsSubcodesUnlessWrittenWithEquals() {
        assertThat(query("Economy")).containsExactly(
                "Aigerim 9-40 'The debt 😀 keeps growing. It is' [Economy]",
                "Aigerim 67-75 '中国 loans' [Economy]",
                "Berik 7-24 'Loans bring debt.' [Economy]");
        assertThat(query("=Economy")).containsExactly("Aigerim 67-75 '中国 loans' [Economy]");
    }

    @Test
    void notIsTheDifference() {
        assertThat(query("\"two-way road\" NOT transparency")).containsExactly(
                "Aigerim 34-43 ' It is a ' [two-way road]",
                "Berik 25-36 'Roads stay.' [two-way road]");
        assertThat(query("\"two-way road\" AND NOT transparency")).isEqualTo(query("\"two-way road\" NOT transparency"));
    }

    @Test
    void theEmptyDocumentIsInScopeAndHasNothing() {
        assertThat(analysis.query(CodeQuery.of("NOT Economy")).documentsSearched()).isEqualTo(3);
        assertThat(query("NOT Economy", AnalysisFilter.ALL.and(new org.gloss.api.analysis.DocumentNamed("Empty")))).isEmpty();
    }

    @Test
    void resultsCarryKeywordInContextSides() {
        AnalysisSegment s = analysis.query(new CodeQuery("=Economy", AnalysisFilter.ALL, 9)).segments().get(0);
        assertThat(s.left()).isEqualTo("Aigerim: ");
        assertThat(s.right()).isEqualTo(" come wit");
    }

    @Test
    void cooccurrenceByOverlap() {
        var table = analysis.cooccurrence(CooccurrenceRequest.all());
        assertThat(table.codes()).containsExactly("Economy", "debt concern", "transparency", "two-way road");
        assertThat(table.segments()).containsExactly(1L, 2L, 1L, 2L);
        assertThat(table.coded()).containsExactly(8L, 48L, 13L, 33L);
        assertThat(table.pairs()).extracting(CooccurrencePair::a, CooccurrencePair::b, CooccurrencePair::pairs,
                CooccurrencePair::documents).containsExactly(
                org.assertj.core.groups.Tuple.tuple("debt concern", "two-way road", 1L, 1),
                org.assertj.core.groups.Tuple.tuple("transparency", "two-way road", 1L, 1));
        assertThat(table.pairs().get(0).c()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(table.pairs().get(0).jaccard()).isCloseTo(6.0 / 75, within(1e-12));
        assertThat(table.pairs().get(1).c()).isCloseTo(0.5, within(1e-12));
        assertThat(table.pairs().get(1).jaccard()).isCloseTo(13.0 / 33, within(1e-12));
    }

    @Test
    void cooccurrenceByProximityAndDocument() {
        CooccurrenceRequest near = new CooccurrenceRequest(List.of("debt concern", "two-way road"), AnalysisFilter.ALL,
                new Proximity(Proximity.Kind.NEAR, 1));
        assertThat(analysis.cooccurrence(near).pairs().get(0).pairs()).isEqualTo(2);
        assertThat(analysis.cooccurrence(near).pairs().get(0).documents()).isEqualTo(2);
        CooccurrenceRequest document = new CooccurrenceRequest(List.of(), AnalysisFilter.ALL, Proximity.DOCUMENT);
        assertThat(analysis.cooccurrence(document).pairs()).extracting(p -> p.a() + "+" + p.b() + "=" + p.pairs())
                .containsExactly("Economy+debt concern=1", "Economy+transparency=1", "Economy+two-way road=1",
                        "debt concern+transparency=1", "debt concern+two-way road=2", "transparency+two-way road=1");
        CooccurrenceRequest sameCoder = new CooccurrenceRequest(List.of(), AnalysisFilter.ALL.withSameCoder(true), Proximity.OVERLAP);
        assertThat(analysis.cooccurrence(sameCoder).pairs()).isEmpty();
        assertThat(analysis.cooccurrences(near, "two-way road", "debt concern")).extracting(
                i -> i.a().document() + " " + i.a().text() + " | " + i.b().text()).containsExactly(
                "Aigerim The debt 😀 keeps growing. It is |  It is a two-way road.",
                "Berik Loans bring debt. | Roads stay.");
    }

    @Test
    void codeByDocumentMatrix() {
        CodeMatrix segments = analysis.matrix(MatrixRequest.codesByDocuments());
        assertThat(segments.columns()).containsExactly("Aigerim", "Berik", "Empty");
        assertThat(segments.cells()).containsExactly(List.of(1.0, 0.0, 0.0), List.of(2.0, 1.0, 0.0), List.of(1.0, 0.0, 0.0),
                List.of(1.0, 1.0, 0.0));
        assertThat(segments.rowTotals()).containsExactly(1.0, 3.0, 1.0, 2.0);
        assertThat(segments.columnTotals()).containsExactly(5.0, 2.0, 0.0);
        CodeMatrix chars = analysis.matrix(MatrixRequest.codesByDocuments().withValue(MatrixValue.CHARS));
        assertThat(chars.cells().get(1)).containsExactly(31.0, 17.0, 0.0);
        assertThat(chars.columnTotals()).containsExactly(55.0, 28.0, 0.0);
        CodeMatrix share = analysis.matrix(MatrixRequest.codesByDocuments().withValue(MatrixValue.SHARE));
        assertThat(share.cell(1, 0)).isCloseTo(31.0 / 92, within(1e-12));
        assertThat(share.cell(1, 2)).isZero();
        assertThat(analysis.cellSegments(MatrixRequest.codesByDocuments(), 1, 0)).extracting(AnalysisSegment::coder)
                .containsExactly("ann", "ben");
        assertThat(analysis.cellSegments(MatrixRequest.codesByDocuments().withValue(MatrixValue.CHARS), 1, 0))
                .extracting(AnalysisSegment::text).containsExactly("The debt 😀 keeps growing. It is");
    }

    @Test
    void crosstabByAttributeWithColumnPercentages() {
        MatrixRequest request = MatrixRequest.codesByDocuments().withColumns(MatrixColumns.ATTRIBUTE, "age")
                .withValue(MatrixValue.DOCUMENTS).withPercentages(Percentages.COLUMN);
        CodeMatrix matrix = analysis.matrix(request);
        assertThat(matrix.columns()).containsExactly("34", "41", "58");
        assertThat(matrix.cells().get(1)).containsExactly(100.0, 0.0, 100.0);
        assertThat(matrix.columnTotals()).containsExactly(1.0, 1.0, 1.0);
        CodeMatrix byCoder = analysis.matrix(MatrixRequest.codesByDocuments().withColumns(MatrixColumns.CODERS, null));
        assertThat(byCoder.columns()).containsExactly("ann", "ben");
        assertThat(byCoder.cells().get(1)).containsExactly(2.0, 1.0);
    }

    @Test
    void frequenciesByCodeWithRollUp() {
        FrequencyTable table = analysis.frequencies(FrequencyRequest.by(FrequencyBy.CODE));
        FrequencyRow economy = table.rows().get(0);
        assertThat(economy.key()).isEqualTo("Economy");
        assertThat(economy.codings()).isEqualTo(1);
        assertThat(economy.codingsWithSubcodes()).isEqualTo(4);
        assertThat(economy.documentsWithSubcodes()).isEqualTo(2);
        assertThat(economy.coded()).isEqualTo(8);
        assertThat(economy.codedWithSubcodes()).isEqualTo(56);
        assertThat(economy.text()).isEqualTo(128);
        FrequencyRow debt = table.rows().get(1);
        assertThat(debt.path()).isEqualTo("Economy > debt concern");
        assertThat(debt.words()).isEqualTo(12);
        assertThat(debt.wordsPerSegment()).isEqualTo(4.0);
        assertThat(debt.share()).isCloseTo(48.0 / 128, within(1e-12));
        assertThat(table.total().codings()).isEqualTo(7);
        assertThat(table.total().coded()).isEqualTo(83);
        assertThat(table.total().words()).isEqualTo(23);
        FrequencyTable coders = analysis.frequencies(FrequencyRequest.by(FrequencyBy.CODER));
        assertThat(coders.rows()).extracting(FrequencyRow::key, FrequencyRow::codings, FrequencyRow::coded)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ann", 5L, 83L), org.assertj.core.groups.Tuple.tuple("ben", 2L, 40L));
    }

    @Test
    void filtersByAttributeValueAndRange() {
        AnalysisFilter almaty = AnalysisFilter.ALL.and(new AttributeEquals("REGION", " almaty"));
        assertThat(analysis.query(new CodeQuery("\"two-way road\"", almaty, 0)).segments()).hasSize(1);
        AnalysisFilter older = AnalysisFilter.ALL.and(new AttributeRange("age", "40", null));
        assertThat(analysis.query(new CodeQuery("\"two-way road\"", older, 0)).segments())
                .extracting(AnalysisSegment::document).containsExactly("Berik");
        assertThat(analysis.query(new CodeQuery("Economy", older, 0)).documentsSearched()).isEqualTo(2);
        AnalysisFilter either = AnalysisFilter.ALL.and(new AttributeEquals("age", "34")).and(new AttributeEquals("age", "58.0"));
        assertThat(analysis.query(new CodeQuery("Economy", either, 0)).documentsSearched()).isEqualTo(2);
    }

    @Test
    void unknownNamesAreNamedAndEmptyResultsAreEmpty() {
        assertThatThrownBy(() -> analysis.query(CodeQuery.of("debt AND \"two-way road\"")))
                .isInstanceOf(GlossException.class).hasMessageContaining("unknown code 'debt'").hasMessageContaining("column 1");
        assertThatThrownBy(() -> analysis.query(CodeQuery.of("Economy and transparency")))
                .hasMessage("malformed code query 'Economy and transparency' at column 9: expected an operator (AND, OR, NOT,"
                        + " OVERLAPS, WITHIN, NEAR/n, FOLLOWED BY) before 'and' (operators are written in capitals: AND)");
        assertThatThrownBy(() -> analysis.query(CodeQuery.of("and")))
                .hasMessageContaining("unknown code 'and'").hasMessageContaining("operators are written in capitals: AND");
        assertThatThrownBy(() -> analysis.query(new CodeQuery("Economy", AnalysisFilter.ALL.and(new AttributeEquals("country", "KZ")), 0)))
                .hasMessage("no document has the attribute 'country' (attributes: age, region)");
        assertThatThrownBy(() -> analysis.query(new CodeQuery("Economy", AnalysisFilter.ALL.withCoders(List.of("zoe")), 0)))
                .hasMessage("unknown coder: zoe");
        assertThat(analysis.query(CodeQuery.of("Economy AND transparency")).segments()).isEmpty();
    }
}
