package org.gloss.chart.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.gloss.api.analysis.AnalysisSegment;
import org.gloss.api.analysis.CooccurrencePair;
import org.gloss.api.analysis.CooccurrenceTable;
import org.gloss.api.chart.Chart;
import org.gloss.api.chart.ChartInput;
import org.gloss.api.chart.ChartItem;
import org.gloss.api.chart.ChartKind;
import org.gloss.api.chart.ChartOption;
import org.gloss.api.chart.ChartProject;
import org.gloss.api.chart.ChartRequest;
import org.gloss.api.chart.Rgb;
import org.gloss.api.chart.Scene.Anchor;
import org.osgi.service.component.annotations.Component;

/**
 * Codes as a network: a node per code with segments (its area proportional to them), an edge per
 * pair of codes whose co-occurrence reaches the threshold (its width by the value), laid out by a
 * seeded force layout so the same project draws the same picture.
 */
@Component(service = ChartKind.class)
public class NetworkChart implements ChartKind {
    static final int DEFAULT_EDGES = 300;

    @Override
    public String id() {
        return "network";
    }

    @Override
    public String title() {
        return "Code network";
    }

    @Override
    public String description() {
        return "codes as nodes sized by their segments, linked where they co-occur at least the threshold";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of();
    }

    @Override
    public List<ChartOption> options() {
        return List.of(Cooccurrences.MEASURE, Cooccurrences.PROXIMITY,
                new ChartOption("threshold", "edges of at least this value (by default 1 for pairs and documents, 0.1 for c and Jaccard)", List.of(), null),
                new ChartOption("edges", "at most this many edges, the strongest", List.of(), String.valueOf(DEFAULT_EDGES)),
                new ChartOption("seed", "seed of the layout", List.of(), "1"));
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        String measure = request.option("measure", "pairs");
        boolean counts = measure.equals("pairs") || measure.equals("documents");
        double threshold = ChartSupport.doubleOption(request, "threshold", counts ? 1 : 0.1, 0, Double.MAX_VALUE);
        CooccurrenceTable table = project.analysis().cooccurrence(Cooccurrences.request(request));
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        List<String> codes = new ArrayList<>();
        List<Long> segments = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < table.codes().size(); i++) {
            if (table.segments().get(i) > 0) {
                index.put(table.codes().get(i), codes.size());
                codes.add(table.codes().get(i));
                segments.add(table.segments().get(i));
            }
        }
        int maxEdges = ChartSupport.intOption(request, "edges", DEFAULT_EDGES, 1, 1_000_000);
        List<CooccurrencePair> edges = new ArrayList<>();
        for (CooccurrencePair pair : table.pairs()) {
            double value = Cooccurrences.value(pair, measure);
            if (value >= threshold && value > 0 && index.containsKey(pair.a()) && index.containsKey(pair.b())) {
                edges.add(pair);
            }
        }
        int candidates = edges.size();
        if (candidates > maxEdges) {
            // the strongest edges (ties in codebook order): with every code linked to every other the picture says nothing
            edges.sort(java.util.Comparator.comparingDouble((CooccurrencePair p) -> -Cooccurrences.value(p, measure)));
            edges = new ArrayList<>(edges.subList(0, maxEdges));
        }
        List<ForceLayout.Link> links = new ArrayList<>();
        for (CooccurrencePair pair : edges) {
            links.add(new ForceLayout.Link(index.get(pair.a()), index.get(pair.b()), Cooccurrences.value(pair, measure)));
        }
        long seed = ChartSupport.intOption(request, "seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        double[][] at = ForceLayout.layout(codes.size(), links, seed);
        String title = title() + " (edges: " + Cooccurrences.label(measure) + ")";
        String note = ChartSupport.note(request.filter(), "together: " + request.option("proximity", "overlap"),
                "edges of at least " + Frame.value(threshold) + (candidates > maxEdges ? " (the strongest " + maxEdges + " of " + candidates + ")" : ""),
                "layout seed " + seed);
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, List.of(), 0);
        long maxSegments = segments.stream().mapToLong(Long::longValue).max().orElse(1);
        // the largest node a fraction of the room each node has, so that nodes seldom cover each other
        double maxRadius = Math.max(5, Math.min(36, Math.min(plot.width(), plot.height()) / (4 * Math.sqrt(codes.size()) + 4)));
        double labelSize = codes.size() > 80 ? 8 : 11;
        double labelRoom = Math.max(maxRadius + 4, 60);
        double top = maxRadius + 4;
        double bottom = maxRadius + labelSize + 6;
        double[] px = new double[codes.size()];
        double[] py = new double[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            px[i] = plot.x() + labelRoom + at[0][i] * (plot.width() - 2 * labelRoom);
            py[i] = plot.y() + top + at[1][i] * (plot.height() - top - bottom);
        }
        double maxValue = links.stream().mapToDouble(ForceLayout.Link::weight).max().orElse(1);
        List<ChartItem> items = new ArrayList<>();
        for (int e = 0; e < edges.size(); e++) {
            ForceLayout.Link link = links.get(e);
            CooccurrencePair pair = edges.get(e);
            ChartItem item = ChartItem.of("pair:" + pair.a() + "|" + pair.b(), pair.a() + " × " + pair.b(), List.of(pair.a(), pair.b()),
                    List.of(), null, link.weight());
            items.add(item);
            scene.line(px[link.a()], py[link.a()], px[link.b()], py[link.b()], new Rgb(0x99, 0x99, 0x99),
                    0.8 + 5 * link.weight() / maxValue, item.id());
        }
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            double radius = Math.max(2.5, maxRadius * Math.sqrt((double) segments.get(i) / maxSegments));
            ChartItem item = ChartItem.of("code:" + code, code, List.of(code), List.of(), null, segments.get(i));
            items.add(item);
            scene.circle(px[i], py[i], radius, colours.getOrDefault(code, Palette.NEUTRAL_CODE), Rgb.WHITE, item.id());
            scene.text(px[i], py[i] + radius + labelSize + 1, TextWidth.fit(code, labelSize, 2 * labelRoom), labelSize, false,
                    Anchor.MIDDLE, SceneBuilder.TEXT, item.id());
        }
        return new Chart(id(), title, note, items, scene.build());
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        if (item.codes().size() == 2) {
            return new CooccurrenceChart().segments(project, request, item);
        }
        return new FrequenciesChart().segments(project, ChartRequest.of(request.filter()), item);
    }
}
