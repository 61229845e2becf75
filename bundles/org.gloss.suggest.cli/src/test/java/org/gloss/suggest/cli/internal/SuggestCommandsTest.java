package org.gloss.suggest.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.coefficients.internal.PercentAgreement;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.ProjectSession;
import org.gloss.api.suggest.CodeSuggester;
import org.gloss.api.suggest.SuggestionEvaluation;
import org.gloss.model.Coding;
import org.gloss.search.lucene.internal.analysis.LuceneTextAnalysis;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.gloss.suggest.audit.internal.SuggestionEvaluationService;
import org.gloss.suggest.audit.testing.GeneratedProject;
import org.gloss.suggest.internal.LocalSuggester;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** gloss suggest and gloss suggest evaluate on a real generated project file. */
class SuggestCommandsTest {
    @TempDir
    Path dir;
    private String project;
    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private final LocalSuggester suggester = new LocalSuggester(new LuceneTextAnalysis());
    private final SuggestionEvaluationService evaluation = new SuggestionEvaluationService(new AgreementStudiesService(
            List.of(new PercentAgreement(), new CohenKappa(), new KrippendorffAlphaNominal())), List.of(suggester));
    private StringWriter out;
    private Exception failure;

    @BeforeEach
    void project() {
        project = GeneratedProject.create(dir, 16, 5);
    }

    private CommandContext context() {
        out = new StringWriter();
        PrintWriter printer = new PrintWriter(out, true);
        return new CommandContext() {
            @Override
            public ProjectSession openProject(String location) {
                return store.open(location);
            }

            @Override
            public ProjectSession createProject(String location) {
                return store.create(location);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S> List<S> services(Class<S> type) {
                if (type == CodeSuggester.class) {
                    return (List<S>) List.of(suggester);
                }
                return type == SuggestionEvaluation.class ? (List<S>) List.of(evaluation) : List.of();
            }

            @Override
            public PrintWriter out() {
                return printer;
            }

            @Override
            public PrintWriter err() {
                return printer;
            }
        };
    }

    private int run(String... args) {
        failure = null;
        CommandLine cl = (CommandLine) new SuggestCommand().createCommand(context());
        cl.setExecutionExceptionHandler((e, line, parsed) -> {
            failure = e;
            return 1;
        });
        return cl.execute(args);
    }

    private List<Coding> codingsOf(String coder) {
        try (ProjectSession session = store.open(project)) {
            return session.coders().find(coder).map(c -> session.codings().list(new CodingFilter(null, null, c.id())))
                    .orElse(List.of());
        }
    }

    @Test
    void suggestWritesTheMachineCodersCodingsAndARerunReplacesThem() {
        assertThat(run(project, "--learn-from", "ann", "--code", "debt")).isZero();
        List<Coding> first = codingsOf("suggest:local");
        assertThat(first).isNotEmpty();
        assertThat(out.toString()).contains("learned 1 of 1 codes from ann (16 documents, sentence units)")
                .contains("wrote " + first.size() + " suggestions for 16 documents as suggest:local");
        assertThat(first.get(0).memo()).startsWith("Suggested by suggest:local (local: logistic regression")
                .containsPattern("score 0\\.\\d\\d; words: ");
        // ann's debt codings are learned: nearly every one has a suggestion at the same sentence
        List<Coding> ann = codingsOf("ann").stream().filter(c -> c.codeId() == first.get(0).codeId()).toList();
        long matched = ann.stream().filter(a -> first.stream().anyMatch(s -> s.documentId() == a.documentId()
                && s.start() == a.start() && s.end() == a.end())).count();
        assertThat((double) matched / ann.size()).isGreaterThan(0.9);

        assertThat(run(project, "--learn-from", "ann", "--code", "debt")).isZero();
        assertThat(codingsOf("suggest:local")).hasSize(first.size());
        assertThat(out.toString()).contains("(replacing " + first.size() + " earlier suggestions)");
        assertThat(codingsOf("ann")).hasSize(codingsOf("ann").size()); // the teachers' codings are untouched
    }

    @Test
    void dryRunListsWithoutWriting() {
        assertThat(run(project, "--learn-from", "ann,ben", "--doc", "doc3", "--dry-run")).isZero();
        assertThat(codingsOf("suggest:local")).isEmpty();
        String listing = out.toString();
        assertThat(listing).contains("doc3\tdebt\t").contains("(dry run: nothing written)");
    }

    @Test
    void badInputIsOneErrorAndWritesNothing() {
        assertThat(run(project, "--learn-from", "ann", "--as", "ann")).isEqualTo(1);
        assertThat(failure).hasMessageStartingWith("suggestions are written as a machine coder named suggest:NAME, got 'ann'");
        assertThat(run(project, "--learn-from", "ann", "--as", "suggest:x", "--learn-from", "suggest:x")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("also named in --learn-from");
        assertThat(run(project, "--learn-from", "ann", "--unit", "word")).isEqualTo(1);
        assertThat(failure).hasMessage("--unit must be sentence, paragraph or turn, got 'word'");
        assertThat(run(project, "--learn-from", "nobody")).isEqualTo(1);
        assertThat(failure).hasMessageContaining("nobody");
        assertThat(run(project, "--learn-from", "ann", "--min-score", "1.5")).isEqualTo(1);
        assertThat(failure).hasMessage("--min-score must be in [0, 1], got 1.5");
        assertThat(run(project, "--learn-from", "ann", "--suggester", "llm")).isEqualTo(1);
        assertThat(failure).hasMessage("no suggester 'llm' is installed (installed: local)");
        assertThat(codingsOf("suggest:local")).isEmpty();
    }

    @Test
    void evaluateReportsTheMachineBesideTheHumansAndReproducesWithTheSeed() throws Exception {
        assertThat(run("evaluate", project, "--learn-from", "ann", "--against", "ann,ben", "--folds", "4",
                "--bootstrap", "100")).isZero();
        String table = out.toString();
        assertThat(table).contains("4-fold cross-validation by document, seed 1, sentence units")
                .contains("machine | ann").contains("ann | ben (humans)").contains("Learning curve")
                .contains("Precision and recall");
        assertThat(run("evaluate", project, "--learn-from", "ann", "--against", "ann,ben", "--folds", "4",
                "--bootstrap", "100")).isZero();
        assertThat(out.toString()).isEqualTo(table);

        assertThat(run("evaluate", project, "--learn-from", "ann", "--against", "ann,ben", "--folds", "4",
                "--bootstrap", "100", "--format", "json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        JsonNode kappa = json.at("/codes/debt/agreement/cohen_kappa");
        String machinePair = json.get("machineCoder").asText() + "|ann";
        assertThat(kappa.get(machinePair).get("value").asDouble()).isGreaterThan(0.6);
        assertThat(kappa.get("ann|ben").get("low").asDouble()).isLessThanOrEqualTo(kappa.get("ann|ben").get("value").asDouble());
        assertThat(json.at("/learningCurve/points")).hasSize(4);
        assertThat(json.at("/codes/debt/precisionRecall/ann/recall").asDouble()).isGreaterThan(0.6); // 12 documents to learn from
        assertThat(codingsOf("suggest:local (cross-validated)")).isEmpty(); // the audit writes nothing
    }

    @Test
    void evaluateRefusesBadFolds() {
        assertThat(run("evaluate", project, "--learn-from", "ann", "--against", "ann,ben", "--folds", "1")).isEqualTo(1);
        assertThat(failure).hasMessage("--folds must be between 2 and the number of documents evaluated (16), got 1");
    }
}
