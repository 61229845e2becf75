package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CodeMatrix;
import org.gloss.api.analysis.MatrixColumns;
import org.gloss.api.analysis.MatrixRequest;
import org.gloss.api.analysis.MatrixValue;
import org.gloss.api.analysis.Percentages;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.osgi.service.component.annotations.Component;

/**
 * Code frequencies: one horizontal bar per code in codebook order (or by size), its own codings or
 * rolled up with its sub-codes, optionally split into stacked parts by coder or by the value of a
 * document attribute. The figures are the analysis engine's code x coder or code x attribute
 * matrix: a bar is the row's total (the frequency table's figure), its parts the row's cells.
 */
@Component(service = ChartKind.class)
public class FrequenciesChart implements ChartKind {
    private static final List<ChartOption> OPTIONS = List.of(
            new ChartOption("by", "split each bar by coder or by an attribute's values", List.of("none", "coder", "attr:"), "none"),
            new ChartOption("subcodes", "a bar counts its code's own codings, or rolls up its sub-codes", List.of("own", "rollup"), "own"),
            new ChartOption("value", "what a bar measures", List.of("codings", "documents", "coded"), "codings"),
            new ChartOption("sort", "bar order", List.of("codebook", "value"), "codebook"));

    @Override
    public String id() {
        return "frequencies";
    }

    @Override
    public String title() {
        return "Code frequencies";
    }

    @Override
    public String description() {
        return "horizontal bars per code (codings, documents or coded text), sub-codes rolled up or not, split by coder or attribute value";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of();
    }

    @Override
    public List<ChartOption> options() {
        return OPTIONS;
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        String by = request.option("by", "none");
        boolean rollup = request.option("subcodes", "own").equals("rollup");
        String value = request.option("value", "codings");
        List<ChartItem> items = new ArrayList<>();
        List<Bars.Bar> bars = new ArrayList<>();
        List<Frame.Entry> legend = new ArrayList<>();
        if (by.equals("none")) {
            // the matrix's row totals are the frequency table's codings, documents and coded code points
            // (own or with sub-codes), without the words per segment the table also counts
            CodeMatrix matrix = project.analysis().matrix(matrix(request.withOption("by", "coder"), List.of()));
            for (int r = 0; r < matrix.rows().size(); r++) {
                String code = matrix.rows().get(r);
                double v = matrix.rowTotals().get(r);
                ChartItem item = ChartItem.of("code:" + code, code, List.of(code), List.of(), null, v);
                items.add(item);
                Rgb colour = colours.getOrDefault(code, Palette.NEUTRAL_CODE);
                bars.add(new Bars.Bar(code, null, List.of(new Bars.Part(item.id(), v, colour)), Double.NaN, Double.NaN));
            }
        } else {
            CodeMatrix matrix = project.analysis().matrix(matrix(request, List.of()));
            for (int c = 0; c < matrix.columns().size(); c++) {
                legend.add(new Frame.Entry(matrix.columns().get(c), Palette.series(c)));
            }
            for (int r = 0; r < matrix.rows().size(); r++) {
                String code = matrix.rows().get(r);
                List<Bars.Part> parts = new ArrayList<>();
                for (int c = 0; c < matrix.columns().size(); c++) {
                    String series = matrix.columns().get(c);
                    ChartItem item = ChartItem.of("code:" + code + "|" + series, code + " · " + series, List.of(code), List.of(), series,
                            matrix.cell(r, c));
                    items.add(item);
                    parts.add(new Bars.Part(item.id(), item.value(), Palette.series(c)));
                }
                bars.add(new Bars.Bar(code, colours.getOrDefault(code, Palette.NEUTRAL_CODE), parts, Double.NaN, Double.NaN));
            }
        }
        if (request.option("sort", "codebook").equals("value")) {
            bars.sort(Comparator.comparingDouble(Bars.Bar::total).reversed());
        }
        double max = bars.stream().mapToDouble(Bars.Bar::total).max().orElse(0);
        String title = title() + (rollup ? " (with sub-codes)" : "") + (by.equals("none") ? "" : " by " + seriesName(by));
        String note = ChartSupport.note(request.filter(), rollup ? "sub-codes rolled up" : "each code's own codings");
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, legend, Bars.AXIS_ROOM);
        Bars.draw(scene, plot, bars, 0, Math.max(1, max), axisLabel(value), false);
        return new Chart(id(), title, note, items, scene.build());
    }

    private static String seriesName(String by) {
        return by.equals("coder") ? "coder" : by.substring("attr:".length());
    }

    private static String axisLabel(String value) {
        return switch (value) {
            case "documents" -> "documents with the code";
            case "coded" -> "coded text (code points)";
            default -> "codings";
        };
    }

    private static MatrixRequest matrix(ChartRequest request, List<String> codes) {
        String by = request.option("by", "none");
        boolean rollup = request.option("subcodes", "own").equals("rollup");
        MatrixValue value = switch (request.option("value", "codings")) {
            case "documents" -> MatrixValue.DOCUMENTS;
            case "coded" -> MatrixValue.CHARS;
            default -> MatrixValue.SEGMENTS;
        };
        MatrixColumns columns = by.startsWith("attr:") ? MatrixColumns.ATTRIBUTE : MatrixColumns.CODERS;
        String attribute = by.startsWith("attr:") ? by.substring("attr:".length()).strip() : null;
        return new MatrixRequest(codes, rollup, columns, attribute, value, Percentages.NONE, request.filter());
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        String code = item.codes().get(0);
        ChartRequest split = request.option("by", "none").equals("none") ? request.withOption("by", "coder") : request;
        MatrixRequest one = matrix(split, List.of(code));
        CodeMatrix matrix = project.analysis().matrix(one);
        List<AnalysisSegment> segments = new ArrayList<>();
        for (int c = 0; c < matrix.columns().size(); c++) {
            if (item.series() == null || item.series().equals(matrix.columns().get(c))) {
                segments.addAll(project.analysis().cellSegments(one, 0, c));
            }
        }
        segments.sort(Comparator.comparingLong(AnalysisSegment::documentId).thenComparingInt(AnalysisSegment::start)
                .thenComparingInt(AnalysisSegment::end));
        return segments;
    }
}
