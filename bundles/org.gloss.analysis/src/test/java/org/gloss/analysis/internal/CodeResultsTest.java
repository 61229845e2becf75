package org.gloss.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeQuery;
import org.gloss.api.analysis.CodingOutcome;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.model.Coding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Code the results": query results become codings, once. */
class CodeResultsTest {
    @TempDir
    Path dir;

    @Test
    void resultsBecomeCodingsOfANewCodeAndARerunAddsNothing() {
        try (ProjectSession session = WorkedExample.create(dir.resolve("p.gloss"))) {
            AnalysisEngine engine = new AnalysisEngine();
            List<AnalysisSegment> results = engine.open(session).query(CodeQuery.of("\"debt concern\" NEAR/1s \"two-way road\"")).segments();
            assertThat(results).hasSize(2);
            CodingOutcome first = engine.codeResults(session, results, "debt near road", "carol");
            assertThat(first.codeCreated()).isTrue();
            assertThat(first.added()).extracting(Coding::start, Coding::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(9, 40), org.assertj.core.groups.Tuple.tuple(7, 24));
            long code = session.codebook().get("debt near road").id();
            assertThat(session.codings().list(new CodingFilter(null, code, null))).hasSize(2);
            CodingOutcome again = engine.codeResults(session, engine.open(session)
                    .query(CodeQuery.of("\"debt concern\" NEAR/1s \"two-way road\"")).segments(), "debt near road", "carol");
            assertThat(again.codeCreated()).isFalse();
            assertThat(again.added()).isEmpty();
            assertThat(again.alreadyCoded()).isEqualTo(2);
            assertThat(engine.open(session).query(CodeQuery.of("=\"debt near road\"")).segments())
                    .extracting(AnalysisSegment::text).containsExactly("The debt 😀 keeps growing. It is", "Loans bring debt.");
        }
    }

    @Test
    void aFailureWritesNothing() {
        try (ProjectSession session = WorkedExample.create(dir.resolve("p.gloss"))) {
            AnalysisEngine engine = new AnalysisEngine();
            AnalysisSegment beyond = new AnalysisSegment(session.documents().get("Berik").id(), "Berik", 30, 99, "x", "", "",
                    List.of(), null, null);
            long before = session.codings().count();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.codeResults(session, List.of(beyond), "fresh", "carol"))
                    .isInstanceOf(RuntimeException.class);
            assertThat(session.codings().count()).isEqualTo(before);
            assertThat(session.codebook().find("fresh")).isEmpty();
        }
    }
}
