package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementFigures;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.agreement.CodingTable;
import org.gloss.api.agreement.CodingTable.Span;
import org.gloss.api.agreement.MeasureValue;
import org.gloss.api.agreement.StudyScope;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Agreement of codings held in memory: by hand, and equal to the same codings stored in a real project. */
class CodingTableFiguresTest {
    @TempDir
    Path dir;

    private final AgreementStudies studies = new AgreementStudiesService(Measures.all());

    /** ann [10, 40) + [60, 65), bob [20, 50) of "interview" (100 code points); ann [0, 5) of "notes" (10). */
    private static CodingTable table() {
        Map<String, Integer> documents = new LinkedHashMap<>();
        documents.put("interview", 100);
        documents.put("notes", 10);
        return new CodingTable(List.of("ann", "bob"), List.of("debt", "road"), documents, List.of(
                new Span("ann", "debt", "interview", 10, 40),
                new Span("ann", "debt", "interview", 60, 65),
                new Span("bob", "debt", "interview", 20, 50),
                new Span("ann", "road", "notes", 0, 5)));
    }

    @Test
    void percentAgreementByHand() {
        AgreementFigures figures = studies.figures(table(), 0);
        // debt: 110 character units; they differ on [10, 20), [40, 50) and [60, 65): 25 of 110
        assertThat(figures.codes().get("debt").units()).isEqualTo(110);
        assertThat(figures.codes().get("debt").value("percent_agreement")).isEqualTo(85.0 / 110);
        // road: differ on [0, 5) of 110
        assertThat(figures.codes().get("road").value("percent_agreement")).isEqualTo(105.0 / 110);
        assertThat(figures.coders()).containsExactly("ann", "bob");
        assertThat(figures.overall().values()).extracting(MeasureValue::low).allMatch(v -> Double.isNaN(v));
    }

    @Test
    void theSameFiguresAsTheSameCodingsInAProject() {
        String project = dir.resolve("p.gloss").toString();
        SqliteStoreProvider store = new SqliteStoreProvider();
        try (ProjectSession s = store.create(project)) {
            long interview = s.documents().add(new NewDocument("interview", "x".repeat(100))).id();
            long notes = s.documents().add(new NewDocument("notes", "y".repeat(10))).id();
            long debt = s.codebook().add("debt", null, null, null).id();
            long road = s.codebook().add("road", null, null, null).id();
            long ann = s.coders().getOrCreate("ann").id();
            long bob = s.coders().getOrCreate("bob").id();
            s.codings().addAll(List.of(new NewCoding(interview, debt, ann, 10, 40, null),
                    new NewCoding(interview, debt, ann, 60, 65, null), new NewCoding(interview, debt, bob, 20, 50, null),
                    new NewCoding(notes, road, ann, 0, 5, null)));
        }
        AgreementFigures stored;
        try (ProjectSession s = store.open(project)) {
            // a coding table is compared as given, every document in it; a project's study leaves out
            // documents a coder has not coded yet (bob: notes) unless asked for all of them
            stored = studies.figures(s, StudyScope.of(List.of("ann", "bob")).withAllDocuments(true));
        }
        assertThat(studies.figures(table(), 0)).isEqualTo(stored);
    }

    @Test
    void bootstrapIntervalsSurroundTheValueWhenAskedFor() {
        AgreementFigures figures = studies.figures(table(), 200);
        MeasureValue agreement = figures.codes().get("debt").values().stream()
                .filter(v -> v.measureId().equals("percent_agreement")).findFirst().orElseThrow();
        assertThat(agreement.low()).isLessThanOrEqualTo(agreement.value());
        assertThat(agreement.high()).isGreaterThanOrEqualTo(agreement.value());
        assertThat(agreement.high()).isGreaterThan(agreement.low());
        assertThat(studies.figures(table(), 200)).as("same seed, same intervals").isEqualTo(figures);
    }

    @Test
    void aCodingTheTableDoesNotDescribeIsRefused() {
        CodingTable table = table();
        assertThatThrownBy(() -> studies.figures(new CodingTable(table.coders(), table.codes(), table.documents(),
                List.of(new Span("eve", "debt", "interview", 0, 1))), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("coder");
        assertThatThrownBy(() -> studies.figures(new CodingTable(table.coders(), table.codes(), table.documents(),
                List.of(new Span("ann", "debt", "notes", 5, 11))), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("length 10");
        assertThatThrownBy(() -> studies.figures(table, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> studies.figures(new CodingTable(List.of("ann"), table.codes(), table.documents(), List.of()), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two or more coders");
    }
}
