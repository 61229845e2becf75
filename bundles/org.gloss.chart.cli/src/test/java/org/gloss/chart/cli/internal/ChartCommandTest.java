package org.gloss.chart.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartWriter;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.NewCoding;
import org.gloss.api.store.NewDocument;
import org.gloss.api.store.ProjectSession;
import org.gloss.chart.internal.AgreementChart;
import org.gloss.chart.internal.CooccurrenceChart;
import org.gloss.chart.internal.FrequenciesChart;
import org.gloss.chart.internal.MatrixChart;
import org.gloss.chart.internal.PortraitChart;
import org.gloss.chart.render.internal.SceneFileWriter;
import org.gloss.core.cli.GlossCommand;
import org.gloss.model.AttributeValue;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import picocli.CommandLine;

/** gloss chart as the command line runs it, with the real kinds, writer, engines and a SQLite project. */
class ChartCommandTest {
    @TempDir
    Path dir;
    private String project;
    private StringWriter out;
    private Exception failure;
    private final SqliteStoreProvider store = new SqliteStoreProvider();

    @BeforeEach
    void createProject() {
        project = dir.resolve("p.gloss").toString();
        try (ProjectSession s = store.create(project)) {
            long a = s.documents().add(new NewDocument("interview", "Aigerim: Қарыз өсіп жатыр. 中国 loans. Roads stay.", null,
                    Map.of("region", AttributeValue.text("Almaty")))).id();
            long b = s.documents().add(new NewDocument("article", "Debt and roads, roads and debt.", null, Map.of())).id();
            long debt = s.codebook().add("debt concern", null, "#EDAE49", null).id();
            long road = s.codebook().add("two-way road", null, "#2E86AB", null).id();
            long ann = s.coders().getOrCreate("ann").id();
            long ben = s.coders().getOrCreate("ben").id();
            s.codings().addAll(List.of(new NewCoding(a, debt, ann, 9, 26, null), new NewCoding(a, debt, ben, 9, 20, null),
                    new NewCoding(a, road, ann, 36, 48, null), new NewCoding(b, debt, ann, 0, 4, null),
                    new NewCoding(b, road, ben, 9, 14, null)));
        }
    }

    private int run(String... args) {
        out = new StringWriter();
        PrintWriter o = new PrintWriter(out, true);
        AgreementStudiesService agreement = new AgreementStudiesService(List.of(new CohenKappa(), new KrippendorffAlphaNominal()));
        CommandContext context = new CommandContext() {
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
                if (type == ChartKind.class) {
                    return (List<S>) List.of(new FrequenciesChart(), new CooccurrenceChart(), new MatrixChart(), new PortraitChart(),
                            new AgreementChart(agreement));
                }
                if (type == ChartWriter.class) {
                    return (List<S>) List.of(new SceneFileWriter());
                }
                return type == AnalysisService.class ? (List<S>) List.of(new AnalysisEngine()) : List.of();
            }

            @Override
            public PrintWriter out() {
                return o;
            }

            @Override
            public PrintWriter err() {
                return o;
            }
        };
        CommandLine cli = GlossCommand.create(ChartCommand.class, context);
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

    private Document svg(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    @Test
    void drawsEachKindToSvgWithItsLabels() throws Exception {
        Path file = dir.resolve("f.svg");
        assertThat(run(project, "frequencies", "--out", file.toString(), "--by", "coder")).as(String.valueOf(failure)).isZero();
        assertThat(out.toString()).contains("wrote frequencies chart (svg, 4 items) to " + file);
        String text = svg(file).getDocumentElement().getTextContent();
        assertThat(text).contains("Code frequencies by coder", "debt concern", "two-way road", "ann", "ben", "all coders · all documents");
        assertThat(run(project, "portrait", "--doc", "interview", "--out", dir.resolve("p.svg").toString())).as(String.valueOf(failure)).isZero();
        assertThat(svg(dir.resolve("p.svg")).getDocumentElement().getTextContent()).contains("Document portrait: interview");
        assertThat(run(project, "agreement", "--coders", "ann,ben", "--bootstrap", "50", "--out", dir.resolve("a.svg").toString()))
                .as(String.valueOf(failure)).isZero();
        assertThat(svg(dir.resolve("a.svg")).getDocumentElement().getTextContent()).contains("coders: ann, ben", "50 resamples");
        assertThat(run(project, "matrix", "--attr", "region=Almaty", "--percent", "row", "--out", dir.resolve("m.svg").toString()))
                .as(String.valueOf(failure)).isZero();
        assertThat(svg(dir.resolve("m.svg")).getDocumentElement().getTextContent()).contains("region = Almaty", "100 %").doesNotContain("article");
        assertThat(run(project, "cooccurrence", "--proximity", "document", "--out", dir.resolve("c.svg").toString())).isZero();
    }

    @Test
    void pngHasTheSizeAndResolutionAskedFor() throws Exception {
        Path file = dir.resolve("m.png");
        assertThat(run(project, "matrix", "--out", file.toString(), "--width", "640", "--height", "400", "--dpi", "192"))
                .as(String.valueOf(failure)).isZero();
        BufferedImage image = ImageIO.read(file.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(image.getHeight()).isEqualTo(800);
    }

    @Test
    void badInputIsOneErrorAndNoFileIsLeft() throws Exception {
        Path file = dir.resolve("x.svg");
        assertThat(run(project, "pie", "--out", file.toString())).isEqualTo(1);
        assertThat(failure).hasMessage("unknown chart 'pie' (charts: agreement, cooccurrence, frequencies, matrix, portrait)");
        assertThat(run(project, "portrait", "--doc", "nobody", "--out", file.toString())).isEqualTo(1);
        assertThat(failure.getMessage()).contains("nobody");
        assertThat(run(project, "portrait", "--out", file.toString())).isEqualTo(1);
        assertThat(failure.getMessage()).contains("--doc");
        assertThat(run(project, "frequencies", "--coder", "zed", "--out", file.toString())).isEqualTo(1);
        assertThat(failure.getMessage()).contains("zed");
        assertThat(run(project, "frequencies", "--out", dir.resolve("x.gif").toString())).isEqualTo(1);
        assertThat(failure.getMessage()).contains(".svg or .png");
        assertThat(run(project, "matrix", "--by", "coder", "--out", file.toString())).isEqualTo(1);
        assertThat(failure.getMessage()).isEqualTo("chart 'matrix' takes no --by (it takes --columns, --value, --percent, --subcodes)");
        assertThat(run(project, "frequencies", "--out", project)).isEqualTo(1);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("p.gloss");
        }
        Files.writeString(file, "keep");
        assertThat(run(project, "frequencies", "--out", file.toString())).isEqualTo(1);
        assertThat(failure.getMessage()).contains("--force");
        assertThat(Files.readString(file)).isEqualTo("keep");
        assertThat(run(project, "frequencies", "--out", file.toString(), "--force")).isZero();
        assertThat(Files.readString(file)).startsWith("<?xml");
    }
}
