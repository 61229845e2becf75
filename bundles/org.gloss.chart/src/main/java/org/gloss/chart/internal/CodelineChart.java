package org.gloss.chart.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene.Anchor;
import org.gloss.api.error.GlossException;
import org.gloss.model.IntervalSet;
import org.gloss.model.Turn;
import org.osgi.service.component.annotations.Component;

/**
 * The codeline (MAXQDA): one row per code of the document, its text along the x axis, a mark in the
 * code's colour wherever the code applies (its codings by the filter's coders melted into runs).
 * For transcripts the axis can count speaker turns or run in recording time.
 */
@Component(service = ChartKind.class)
public class CodelineChart implements ChartKind {
    @Override
    public String id() {
        return "codeline";
    }

    @Override
    public String title() {
        return "Codeline";
    }

    @Override
    public String description() {
        return "one row per code along one document (code points, speaker turns or recording time), a mark where it applies";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of(ChartInput.DOCUMENT);
    }

    @Override
    public List<ChartOption> options() {
        return List.of(new ChartOption("axis", "the x axis: the text's code points, speaker turns or recording time",
                List.of("text", "turns", "time"), "text"));
    }

    /** Where a code point lies on the axis, from 0 to {@link #length()}. */
    interface Axis {
        double at(int codePoint);

        double length();

        String label();

        String tick(double value, double step);
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        DocumentCodings codings = DocumentCodings.load(project.session(), request.document(), request.filter());
        Axis axis = axis(request.option("axis", "text"), codings.document().length(), project.session().documents().turns(codings.document().id()),
                codings.document().name());
        Map<String, IntervalSet> coverage = codings.coverage();
        List<String> order = project.analysis().codesInCodebookOrder();
        List<String> codes = new ArrayList<>(coverage.keySet());
        codes.sort(Comparator.comparingInt(order::indexOf));
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        String title = title() + ": " + codings.document().name();
        String note = ChartSupport.note(request.filter().withDocuments(List.of()), "x: " + axis.label());
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot frame = Frame.draw(scene, title, note, List.of(), Bars.AXIS_ROOM);
        double labelSize = Math.min(Frame.LABEL_SIZE, Math.max(6, frame.height() / Math.max(1, codes.size()) * 0.7));
        double labelWidth = Math.min(frame.width() * 0.3, 14 + labelSize + codes.stream().mapToDouble(c -> TextWidth.of(c, labelSize)).max().orElse(0));
        Frame.Plot plot = new Frame.Plot(frame.x() + labelWidth, frame.y(), frame.width() - labelWidth, frame.height());
        scene.rect(plot.x(), plot.y(), plot.width(), plot.height(), new Rgb(0xfa, 0xfa, 0xfa), null, null);
        double step = Frame.niceStep(axis.length(), Math.max(2, (int) (plot.width() / 90)));
        for (double v = 0; v <= axis.length() + step * 1e-9; v += step) {
            double x = plot.x() + v / axis.length() * plot.width();
            scene.line(x, plot.y(), x, plot.bottom(), SceneBuilder.GRID, 1, null);
            scene.text(x, plot.bottom() + Frame.LABEL_SIZE + 4, axis.tick(v, step), Frame.LABEL_SIZE - 1, false, Anchor.MIDDLE, SceneBuilder.MUTED, null);
        }
        scene.text(plot.x() + plot.width() / 2, plot.bottom() + 2 * Frame.LABEL_SIZE + 10, axis.label(), Frame.LABEL_SIZE, false,
                Anchor.MIDDLE, SceneBuilder.TEXT, null);
        double band = plot.height() / Math.max(1, codes.size());
        double thickness = Math.max(1, Math.min(22, band * 0.7));
        List<ChartItem> items = new ArrayList<>();
        for (int r = 0; r < codes.size(); r++) {
            String code = codes.get(r);
            double mid = plot.y() + r * band + band / 2;
            Rgb colour = colours.getOrDefault(code, Palette.NEUTRAL_CODE);
            if (band >= 7) {
                double swatch = labelSize * 0.8;
                scene.text(plot.x() - 10 - swatch, mid + labelSize * 0.35, TextWidth.fit(code, labelSize, labelWidth - swatch - 14), labelSize,
                        false, Anchor.END, SceneBuilder.TEXT, null);
                scene.rect(plot.x() - 6 - swatch, mid - swatch / 2, swatch, swatch, colour, null, null);
            }
            IntervalSet runs = coverage.get(code);
            for (int i = 0; i < runs.size(); i++) {
                double x1 = plot.x() + axis.at(runs.start(i)) / axis.length() * plot.width();
                double x2 = plot.x() + axis.at(runs.end(i)) / axis.length() * plot.width();
                ChartItem item = new ChartItem("mark:" + code + "|" + i, code + " " + runs.start(i) + "–" + runs.end(i), List.of(code),
                        List.of(codings.document().name()), null, runs.end(i) - runs.start(i), Double.NaN, Double.NaN, runs.start(i), runs.end(i));
                items.add(item);
                scene.rect(x1, mid - thickness / 2, Math.max(1, x2 - x1), thickness, colour, null, item.id());
            }
        }
        return new Chart(id(), title, note, items, scene.build());
    }

    static Axis axis(String kind, int length, List<Turn> turns, String document) {
        if (kind.equals("text") || length == 0) {
            return new Axis() {
                public double at(int p) {
                    return p;
                }

                public double length() {
                    return Math.max(1, length);
                }

                public String label() {
                    return "position in the text (code points)";
                }

                public String tick(double v, double step) {
                    return Frame.number(v, step, false);
                }
            };
        }
        if (turns.isEmpty()) {
            throw new GlossException("document '" + document + "' has no speaker turns: draw its codeline with --axis text");
        }
        int[] starts = turns.stream().mapToInt(t -> t.span().start()).toArray();
        int[] ends = turns.stream().mapToInt(t -> t.span().end()).toArray();
        if (kind.equals("turns")) {
            return new Axis() {
                public double at(int p) {
                    int i = turn(starts, p);
                    int span = Math.max(1, ends[i] - starts[i]);
                    return i + Math.max(0, Math.min(1, (p - starts[i]) / (double) span));
                }

                public double length() {
                    return starts.length;
                }

                public String label() {
                    return "speaker turns";
                }

                public String tick(double v, double step) {
                    return Frame.number(v, Math.max(1, step), false);
                }
            };
        }
        if (turns.stream().anyMatch(t -> t.startTime().isEmpty())) {
            throw new GlossException("document '" + document + "' has turns without times: draw its codeline with --axis turns or text");
        }
        double[] from = turns.stream().mapToDouble(t -> t.start().toMillis() / 1000.0).toArray();
        double[] to = new double[from.length];
        for (int i = 0; i < from.length; i++) {
            Duration end = turns.get(i).end();
            to[i] = end != null ? end.toMillis() / 1000.0 : i + 1 < from.length ? from[i + 1] : from[i] + 1;
        }
        double total = Math.max(to[to.length - 1], 1);
        return new Axis() {
            public double at(int p) {
                int i = turn(starts, p);
                int span = Math.max(1, ends[i] - starts[i]);
                return from[i] + (to[i] - from[i]) * Math.max(0, Math.min(1, (p - starts[i]) / (double) span));
            }

            public double length() {
                return total;
            }

            public String label() {
                return "recording time";
            }

            public String tick(double v, double step) {
                long s = Math.round(v);
                return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
            }
        };
    }

    /** The last turn starting at or before p (the first turn for text before it). */
    private static int turn(int[] starts, int p) {
        int i = java.util.Arrays.binarySearch(starts, p);
        if (i < 0) {
            i = -i - 2;
        }
        return Math.max(0, i);
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        return DocumentCodings.load(project.session(), request.document(), request.filter()).segments(item.start(), item.end(), item.codes());
    }
}
