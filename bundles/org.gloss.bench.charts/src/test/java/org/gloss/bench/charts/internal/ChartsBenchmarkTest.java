package org.gloss.bench.charts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.gloss.agreement.coefficients.internal.CohenKappa;
import org.gloss.agreement.coefficients.internal.KrippendorffAlphaNominal;
import org.gloss.agreement.internal.AgreementStudiesService;
import org.gloss.analysis.internal.AnalysisEngine;
import org.gloss.api.analysis.AnalysisService;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartWriter;
import org.gloss.api.cli.CommandContext;
import org.gloss.api.store.ProjectSession;
import org.gloss.chart.internal.AgreementChart;
import org.gloss.chart.internal.CodelineChart;
import org.gloss.chart.internal.CooccurrenceChart;
import org.gloss.chart.internal.FrequenciesChart;
import org.gloss.chart.internal.HierarchyChart;
import org.gloss.chart.internal.MatrixChart;
import org.gloss.chart.internal.NetworkChart;
import org.gloss.chart.internal.PortraitChart;
import org.gloss.chart.internal.SunburstChart;
import org.gloss.chart.render.internal.SceneFileWriter;
import org.gloss.store.sqlite.internal.SqliteStoreProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark runs and prints every figure (on a small project; the figures come from 'gloss bench charts'). */
class ChartsBenchmarkTest {
    @TempDir
    Path dir;

    @Test
    void printsEveryFigure() throws Exception {
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text, true);
        SqliteStoreProvider store = new SqliteStoreProvider();
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
                    return (List<S>) List.of(new FrequenciesChart(), new HierarchyChart(), new SunburstChart(), new CooccurrenceChart(),
                            new NetworkChart(), new MatrixChart(), new PortraitChart(), new CodelineChart(), new AgreementChart(agreement));
                }
                if (type == ChartWriter.class) {
                    return (List<S>) List.of(new SceneFileWriter());
                }
                return type == AnalysisService.class ? (List<S>) List.of(new AnalysisEngine()) : List.of();
            }

            @Override
            public PrintWriter out() {
                return out;
            }

            @Override
            public PrintWriter err() {
                return out;
            }
        };
        double scale = Double.parseDouble(System.getProperty("gloss.bench.scale", "0.01"));
        new ChartsBenchmark().run(context, dir, scale, out);
        System.out.print(text);
        assertThat(text.toString()).contains("project: ", "frequencies (", "frequencies --by coder", "matrix --columns attr:group",
                "portrait --doc transcript", "portrait of the 1 MB transcript", "codeline --doc transcript", "agreement", "network",
                "sunburst", "hierarchy", "slowest chart: ").doesNotContain("not drawn");
    }
}
