package org.gloss.agreement.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.gloss.api.agreement.AgreementMeasure;
import org.gloss.api.agreement.AgreementStudies;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.error.GlossException;
import org.gloss.api.store.AdjudicationDecision;
import org.gloss.api.store.CodingFilter;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.core.cli.GlossCommand;
import org.gloss.model.Coding;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The agree, disagreements and adjudicate commands on a real SQLite project. */
class CommandsTest {
    @TempDir
    Path dir;

    private final SqliteStoreProvider store = new SqliteStoreProvider();
    private String project;
    private StringWriter out;

    /** A command context as the CLI gives it, with the coefficient services installed. */
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
                if (type == AgreementStudies.class) {
                    return (List<S>) List.of(new AgreementStudiesService(Measures.all()));
                }
                return type == AgreementMeasure.class ? (List<S>) Measures.all() : List.of();
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

    private Exception failure;

    /** A command made as the CLI makes a contributed one, with a fresh context. */
    private CommandLine command(Class<? extends GlossCommand> type) {
        return GlossCommand.create(type, context());
    }

    /** Runs a command as the CLI does; a failure is kept in {@link #failure} (picocli does not let it escape). */
    private int run(CommandLine cli, String... args) {
        failure = null;
        cli.setExecutionExceptionHandler((ex, c, p) -> {
            failure = ex;
            return 1;
        });
        cli.setParameterExceptionHandler((ex, a) -> {
            failure = ex;
            return 2;
        });
        return cli.execute(args);
    }

    private Exception failureOf(CommandLine command, String... args) {
        assertThat(run(command, args)).isNotZero();
        return failure;
    }

    @BeforeEach
    void createProject() {
        project = dir.resolve("p.gloss").toString();
        try (ProjectSession s = store.create(project)) {
            long doc = s.documents().add(new NewDocument("interview", "0123456789".repeat(10))).id();
            long debt = s.codebook().add("debt", null, null, null).id();
            s.codebook().add("unused", null, null, null);
            long ann = s.coders().getOrCreate("ann").id();
            long bob = s.coders().getOrCreate("bob").id();
            s.codings().addAll(List.of(
                    new NewCoding(doc, debt, ann, 10, 30, null),
                    new NewCoding(doc, debt, ann, 30, 40, null),   // split in two: same as [10, 40)
                    new NewCoding(doc, debt, bob, 20, 50, null),
                    new NewCoding(doc, debt, bob, 80, 90, null)));
        }
    }

    @Test
    void agreeWritesTheDocumentedJson() throws Exception {
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "json", "--by-document")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        assertThat(root.get("unit").asText()).isEqualTo("char");
        assertThat(root.get("coders").toString()).isEqualTo("[\"ann\",\"bob\"]");
        JsonNode debt = root.get("codes").get("debt");
        assertThat(debt.fieldNames()).toIterable().contains("percent_agreement", "cohen_kappa", "scott_pi", "fleiss_kappa",
                "krippendorff_alpha", "gwet_ac1", "u_alpha", "units", "prevalence", "ci", "documents");
        // ann [10, 40), bob [20, 50) + [80, 90): 100 units, agree on 100 - 10 - 10 - 10 = 70
        assertThat(debt.get("units").asLong()).isEqualTo(100);
        assertThat(debt.get("percent_agreement").get("ann|bob").asDouble()).isEqualTo(0.7);
        assertThat(debt.get("prevalence").asDouble()).isEqualTo((30 + 40) / 200.0);
        assertThat(debt.get("ci").get("cohen_kappa").get("ann|bob")).hasSize(2);
        assertThat(debt.get("documents").get("interview").get("units").asLong()).isEqualTo(100);
        // a code nobody used is listed as not used, without figures, and not pooled into overall
        assertThat(root.get("codes").get("unused")).isNull();
        assertThat(root.get("codes_not_used").toString()).isEqualTo("[\"unused\"]");
        assertThat(root.get("overall").get("units").asLong()).isEqualTo(100);
        assertThat(root.get("documents").toString()).isEqualTo("[\"interview\"]");
        assertThat(root.get("documents_left_out")).isEmpty();

        // --all-codes: as before, with figures for it (chance-corrected coefficients undefined)
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "json", "--all-codes")).isZero();
        root = new ObjectMapper().readTree(out.toString());
        JsonNode unused = root.get("codes").get("unused");
        assertThat(unused.get("cohen_kappa").get("ann|bob").isNull()).isTrue();
        assertThat(unused.get("krippendorff_alpha").isNull()).isTrue();
        assertThat(unused.get("percent_agreement").get("ann|bob").asDouble()).isEqualTo(1.0);
        assertThat(root.get("codes_not_used")).isEmpty();
        assertThat(root.get("overall").get("units").asLong()).isEqualTo(200);
    }

    @Test
    void theComparisonServiceGivesTheFiguresOfAgree() throws Exception {
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "json", "--bootstrap", "0")).isZero();
        JsonNode root = new ObjectMapper().readTree(out.toString());
        AgreementStudies studies = new AgreementStudiesService(Measures.all());
        try (ProjectSession s = store.open(project)) {
            org.gloss.api.agreement.AgreementFigures figures = studies.figures(s, org.gloss.api.agreement.StudyScope.of(List.of("ann", "bob")));
            org.gloss.api.agreement.ScopeFigures debt = figures.codes().get("debt");
            assertThat(debt.units()).isEqualTo(root.get("codes").get("debt").get("units").asLong());
            assertThat(debt.prevalence()).isEqualTo(root.get("codes").get("debt").get("prevalence").asDouble());
            assertThat(debt.values()).extracting(v -> v.measureId()).containsExactlyElementsOf(Measures.IDS);
            for (var value : debt.values()) {
                JsonNode json = root.get("codes").get("debt").get(value.measureId());
                double expected = value.pair() == null ? json.asDouble() : json.get(value.pair()).asDouble();
                assertThat(value.value()).as(value.measureId()).isEqualTo(expected);
            }
            assertThat(figures.codes()).doesNotContainKey("unused");
            assertThat(figures.codesNotUsed()).containsExactly("unused");
            assertThat(figures.documents()).containsExactly("interview");
            assertThat(figures.overall().value("percent_agreement"))
                    .isEqualTo(root.get("overall").get("percent_agreement").get("ann|bob").asDouble());
            // one span decision through the service: the consensus gets bob's part of [40, 50), the log says so
            var result = studies.decide(s, new org.gloss.api.agreement.SpanDecisionRequest(List.of("ann", "bob"), "interview", "debt",
                    new org.gloss.model.TextSpan(40, 50), org.gloss.api.agreement.SpanDecisionRequest.Choice.CODER, "bob", null,
                    "consensus", "lead", null));
            assertThat(result.added()).extracting(Coding::start, Coding::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(40, 50));
            assertThat(result.logged().rule()).isEqualTo("manual:bob");
            assertThat(s.adjudications().list()).containsExactly(result.logged());
        }
    }

    @Test
    void bootstrapIntervalsAreReproducibleWithTheSeed() {
        run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "json", "--seed", "7");
        String first = out.toString();
        run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "json", "--seed", "7");
        assertThat(out.toString()).isEqualTo(first);
    }

    @Test
    void otherUnitsAndFormats() throws Exception {
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--unit", "document", "--format", "json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("codes").get("debt").get("units").asLong()).isEqualTo(1);
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--unit", "segment", "--min-overlap", "50",
                "--format", "json")).isZero();
        JsonNode segments = new ObjectMapper().readTree(out.toString()).get("codes").get("debt").get("segments").get("ann|bob");
        // ann [10, 40) vs bob [20, 50): overlap 20 of extent 40 = 50 %: matched; bob's [80, 90) is not
        assertThat(segments.get("ann").get("matched").asLong()).isEqualTo(1);
        assertThat(segments.get("bob").get("unmatched").asLong()).isEqualTo(1);
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "csv")).isZero();
        assertThat(out.toString()).startsWith("code,document,measure,pair,value,ci_low,ci_high,units,prevalence");
        Path html = dir.resolve("report.html");
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "html", "--out", html.toString())).isZero();
        assertThat(Files.readString(html)).contains("<table>", "debt", "class=\"", "Adjudication log");
    }

    @Test
    void disagreementsListEverySpanWhereTheCodersDiffer() {
        assertThat(run(command(DisagreementsCommand.class), project, "--coders", "ann,bob")).isZero();
        assertThat(out.toString()).isEqualTo("document,code,start,end,text,coders,others\r\n"
                + "interview,debt,10,20,0123456789,ann,bob\r\n"
                + "interview,debt,40,50,0123456789,bob,ann\r\n"
                + "interview,debt,80,90,0123456789,bob,ann\r\n");
    }

    @Test
    void adjudicationFillsTheConsensusCoderAndLogsEveryDecision() {
        List<Coding> before;
        try (ProjectSession s = store.open(project)) {
            before = s.codings().list(CodingFilter.ALL);
        }
        assertThat(run(command(AdjudicateCommand.class), project, "--coders", "ann,bob", "--accept", "agreed", "--by", "lead",
                "--note", "first pass")).isZero();
        assertThat(out.toString()).contains("consensus: 1 coding(s) added; 1 span(s) accepted, 3 rejected");
        try (ProjectSession s = store.open(project)) {
            long consensus = s.coders().get("consensus").id();
            assertThat(s.codings().list(new CodingFilter(null, null, consensus)))
                    .extracting(Coding::start, Coding::end).containsExactly(org.assertj.core.groups.Tuple.tuple(20, 40));
            List<Coding> codersOwn = s.codings().list(CodingFilter.ALL).stream().filter(c -> c.coderId() != consensus).toList();
            assertThat(codersOwn).isEqualTo(before);
            List<AdjudicationDecision> log = s.adjudications().list();
            assertThat(log).hasSize(4);
            assertThat(log).allSatisfy(d -> {
                assertThat(d.decidedBy()).isEqualTo("lead");
                assertThat(d.note()).isEqualTo("first pass");
                assertThat(d.consensus()).isEqualTo("consensus");
                assertThat(d.coders()).containsExactly("ann", "bob");
            });
            assertThat(log).filteredOn(d -> d.outcome() == AdjudicationDecision.Outcome.ACCEPTED)
                    .extracting(AdjudicationDecision::start, AdjudicationDecision::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(20, 40));
        }
        // accepting bob's codings afterwards adds only what the consensus lacks
        assertThat(run(command(AdjudicateCommand.class), project, "--coders", "ann,bob", "--accept", "bob")).isZero();
        try (ProjectSession s = store.open(project)) {
            long consensus = s.coders().get("consensus").id();
            assertThat(s.codings().list(new CodingFilter(null, null, consensus)))
                    .extracting(Coding::start, Coding::end).containsExactly(org.assertj.core.groups.Tuple.tuple(20, 40),
                            org.assertj.core.groups.Tuple.tuple(40, 50), org.assertj.core.groups.Tuple.tuple(80, 90));
        }
        assertThat(run(command(AdjudicationLogCommand.class), project)).isZero();
        assertThat(out.toString().lines()).hasSize(1 + 8);
    }

    @Test
    void singleDecisionsAsAComparisonViewTakesThem() {
        String[] span = {"--coders", "ann,bob", "--doc", "interview", "--code", "debt", "--by", "lead"};
        assertThat(run(command(DecideCommand.class), concat(span, project, "--start", "0", "--end", "60", "--choose", "ann"))).isZero();
        assertThat(out.toString()).contains("consensus: accepted, 1 coding(s) added");
        assertThat(run(command(DecideCommand.class), concat(span, project, "--start", "75", "--end", "95", "--choose", "neither"))).isZero();
        assertThat(out.toString()).contains("consensus: rejected, 0 coding(s) added");
        assertThat(run(command(DecideCommand.class), concat(span, project, "--start", "40", "--end", "50", "--extent", "40-45"))).isZero();
        assertThat(failureOf(command(DecideCommand.class), concat(span, project, "--start", "40", "--end", "200")))
                .isInstanceOf(GlossException.class).hasMessageContaining("outside document interview");
        try (ProjectSession s = store.open(project)) {
            long consensus = s.coders().get("consensus").id();
            assertThat(s.codings().list(new CodingFilter(null, null, consensus))).extracting(Coding::start, Coding::end)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(10, 40), org.assertj.core.groups.Tuple.tuple(40, 45));
            assertThat(s.adjudications().list()).extracting(AdjudicationDecision::rule, AdjudicationDecision::outcome)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("manual:ann", AdjudicationDecision.Outcome.ACCEPTED),
                            org.assertj.core.groups.Tuple.tuple("manual:neither", AdjudicationDecision.Outcome.REJECTED),
                            org.assertj.core.groups.Tuple.tuple("manual:extent", AdjudicationDecision.Outcome.ACCEPTED));
        }
    }

    private static String[] concat(String[] options, String... more) {
        String[] all = java.util.Arrays.copyOf(more, more.length + options.length);
        System.arraycopy(options, 0, all, more.length, options.length);
        return all;
    }

    @Test
    void userErrorsAreGlossExceptions() {
        assertThat(failureOf(command(AgreeCommand.class), project, "--coders", "ann")).isInstanceOf(GlossException.class)
                .hasMessageContaining("at least two coders");
        assertThat(failureOf(command(AgreeCommand.class), project, "--coders", "ann,zed"))
                .isInstanceOf(GlossException.class).hasMessageContaining("unknown coder: zed");
        assertThat(failureOf(command(AdjudicateCommand.class), project, "--coders", "ann,bob", "--into", "ann"))
                .isInstanceOf(GlossException.class).hasMessageContaining("one of the coders");
        assertThat(failureOf(command(AdjudicateCommand.class), project, "--coders", "ann,bob", "--accept", "carl"))
                .isInstanceOf(GlossException.class).hasMessageContaining("--accept");
        assertThat(failureOf(command(AgreeCommand.class), project, "--coders", "ann,bob", "--format", "html"))
                .isInstanceOf(GlossException.class).hasMessageContaining("--out");
        assertThat(run(command(AgreeCommand.class), project, "--coders", "ann,bob", "--unit", "word")).isEqualTo(2);
        assertThat(failure).hasMessageContaining("--unit must be");
        try (ProjectSession s = store.open(project)) {
            assertThat(s.adjudications().count()).isZero();
            assertThat(s.coders().find("consensus")).isEmpty();
        }
    }
}
