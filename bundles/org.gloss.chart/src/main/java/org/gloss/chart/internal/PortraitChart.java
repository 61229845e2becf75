package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.gloss.model.IntervalSet;
import org.osgi.service.component.annotations.Component;

/**
 * The document portrait (MAXQDA): the document cut into equal stretches of code points, one tile
 * each, laid out left to right and top to bottom in reading order. A tile takes the colours of the
 * codes of its text, mixed by how much of it each covers, paler the less of it is coded; uncoded
 * tiles stay light grey.
 */
@Component(service = ChartKind.class)
public class PortraitChart implements ChartKind {
    static final int DEFAULT_TILES = 1200;

    @Override
    public String id() {
        return "portrait";
    }

    @Override
    public String title() {
        return "Document portrait";
    }

    @Override
    public String description() {
        return "one document as a grid of tiles in reading order, coloured by the codes of its text";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of(ChartInput.DOCUMENT);
    }

    @Override
    public List<ChartOption> options() {
        return List.of(new ChartOption("tiles", "number of tiles (at most one per code point)", List.of(), String.valueOf(DEFAULT_TILES)));
    }

    /** The tile holding each stretch: tile k covers [k * length / tiles, (k + 1) * length / tiles). */
    record Tiling(int length, int tiles) {
        int start(int tile) {
            return (int) ((long) tile * length / tiles);
        }

        int tileOf(int codePoint) {
            // the largest t with floor(t * length / tiles) <= codePoint
            return (int) ((((long) codePoint + 1) * tiles + length - 1) / length - 1);
        }
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        DocumentCodings codings = DocumentCodings.load(project.session(), request.document(), request.filter());
        int length = codings.document().length();
        Tiling tiling = new Tiling(Math.max(1, length), Math.max(1, Math.min(length, ChartSupport.intOption(request, "tiles", DEFAULT_TILES, 1, 100_000))));
        int tiles = tiling.tiles();
        Map<String, IntervalSet> coverage = codings.coverage();
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        List<String> codes = new ArrayList<>(coverage.keySet());
        // covered[c][t]: code points of tile t that code c covers
        int[][] covered = new int[codes.size()][];
        for (int c = 0; c < codes.size(); c++) {
            covered[c] = new int[tiles];
            IntervalSet set = coverage.get(codes.get(c));
            for (int i = 0; i < set.size(); i++) {
                spread(tiling, set.start(i), set.end(i), covered[c]);
            }
        }
        List<Frame.Entry> legend = new ArrayList<>();
        codes.stream().sorted().forEach(c -> legend.add(new Frame.Entry(c, colours.getOrDefault(c, Palette.NEUTRAL_CODE))));
        String title = title() + ": " + codings.document().name();
        String note = ChartSupport.note(request.filter().withDocuments(List.of()),
                String.format(java.util.Locale.ROOT, "%,d tiles of %s, in reading order", tiles,
                        length / tiles <= 1 ? "one code point" : "about " + String.format(java.util.Locale.ROOT, "%,d", length / tiles) + " code points"));
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, legend, 0);
        int columns = Math.max(1, (int) Math.round(Math.sqrt(tiles * plot.width() / plot.height())));
        int rows = (tiles + columns - 1) / columns;
        double size = Math.min(plot.width() / columns, plot.height() / rows);
        double gap = size >= 6 ? 1 : 0;
        List<ChartItem> items = new ArrayList<>();
        for (int t = 0; t < tiles; t++) {
            int start = tiling.start(t);
            int end = tiling.start(t + 1);
            Map<String, Integer> here = new LinkedHashMap<>();
            for (int c = 0; c < codes.size(); c++) {
                if (covered[c][t] > 0) {
                    here.put(codes.get(c), covered[c][t]);
                }
            }
            double x = plot.x() + (t % columns) * size;
            double y = plot.y() + (t / columns) * size;
            if (here.isEmpty()) {
                scene.rect(x, y, size - gap, size - gap, SceneBuilder.EMPTY, null, null);
                continue;
            }
            List<String> byCoverage = here.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey).toList();
            int most = here.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            double coded = Math.min(1.0, (double) most / Math.max(1, end - start));
            ChartItem item = new ChartItem("tile:" + t, "code points " + start + "–" + end, byCoverage,
                    List.of(codings.document().name()), null, coded, Double.NaN, Double.NaN, start, end);
            items.add(item);
            scene.rect(x, y, size - gap, size - gap, tileColour(here, colours, coded), null, item.id());
        }
        return new Chart(id(), title, note, items, scene.build());
    }

    /** Adds to each tile the code points of [start, end) in it. */
    static void spread(Tiling tiling, int start, int end, int[] perTile) {
        int first = tiling.tileOf(start);
        int last = tiling.tileOf(end - 1);
        for (int t = first; t <= last; t++) {
            int from = Math.max(start, tiling.start(t));
            int to = Math.min(end, tiling.start(t + 1));
            if (to > from) {
                perTile[t] += to - from;
            }
        }
    }

    /** The codes' colours mixed by coverage, paler (towards the empty tile's grey) the less of the tile is coded. */
    static Rgb tileColour(Map<String, Integer> here, Map<String, Rgb> colours, double coded) {
        double r = 0;
        double g = 0;
        double b = 0;
        double total = 0;
        for (Map.Entry<String, Integer> e : here.entrySet()) {
            Rgb c = colours.getOrDefault(e.getKey(), Palette.NEUTRAL_CODE);
            r += c.red() * e.getValue();
            g += c.green() * e.getValue();
            b += c.blue() * e.getValue();
            total += e.getValue();
        }
        Rgb mixed = new Rgb((int) Math.round(r / total), (int) Math.round(g / total), (int) Math.round(b / total));
        return SceneBuilder.EMPTY.mix(mixed, 0.35 + 0.65 * coded);
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        List<AnalysisSegment> segments = new ArrayList<>(DocumentCodings.load(project.session(), request.document(), request.filter())
                .segments(item.start(), item.end(), List.of()));
        segments.sort(Comparator.comparingInt(AnalysisSegment::start).thenComparingInt(AnalysisSegment::end));
        return segments;
    }
}
