package org.gloss.chart.internal;

import java.util.ArrayList;
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
import org.gloss.api.chart.Scene.Anchor;
import org.osgi.service.component.annotations.Component;

/**
 * The codebook as a sunburst (QualCoder): top-level codes on the inner ring, each sub-code on the
 * next ring within its parent's angle, angles proportional to codings or coded text with sub-codes.
 * The part of a parent's angle its sub-codes leave free stands for its own codings.
 */
@Component(service = ChartKind.class)
public class SunburstChart implements ChartKind {
    @Override
    public String id() {
        return "sunburst";
    }

    @Override
    public String title() {
        return "Codebook sunburst";
    }

    @Override
    public String description() {
        return "rings of codes and sub-codes, angles sized by codings or coded text with sub-codes";
    }

    @Override
    public List<ChartInput> needs() {
        return List.of();
    }

    @Override
    public List<ChartOption> options() {
        return List.of(CodeSizes.SIZE);
    }

    @Override
    public Chart draw(ChartProject project, ChartRequest request) {
        ChartSupport.check(this, request);
        List<CodeSizes.Node> tree = CodeSizes.tree(project, request);
        Map<String, Rgb> colours = ChartSupport.codeColours(project.session());
        String title = title() + " (sized by " + CodeSizes.unit(request) + ")";
        String note = ChartSupport.note(request.filter(), "a code's angle includes its sub-codes'");
        List<Frame.Entry> legend = tree.stream().map(n -> new Frame.Entry(n.code(), colours.getOrDefault(n.code(), Palette.NEUTRAL_CODE))).toList();
        SceneBuilder scene = new SceneBuilder(request.width(), request.height());
        Frame.Plot plot = Frame.draw(scene, title, note, legend, 0);
        int depth = depth(tree);
        double radius = Math.min(plot.width(), plot.height()) / 2 - 4;
        double hole = radius * 0.18;
        double ring = (radius - hole) / Math.max(1, depth);
        double cx = plot.x() + plot.width() / 2;
        double cy = plot.y() + plot.height() / 2;
        double total = tree.stream().mapToDouble(CodeSizes.Node::size).sum();
        List<ChartItem> items = new ArrayList<>();
        rings(scene, tree, cx, cy, hole, ring, 0, 360, total, colours, items);
        scene.text(cx, cy + 5, Frame.value(total), 14, true, Anchor.MIDDLE, SceneBuilder.TEXT, null);
        return new Chart(id(), title, note, items, scene.build());
    }

    private static int depth(List<CodeSizes.Node> nodes) {
        int d = 0;
        for (CodeSizes.Node n : nodes) {
            d = Math.max(d, 1 + depth(n.children()));
        }
        return d;
    }

    private static void rings(SceneBuilder scene, List<CodeSizes.Node> nodes, double cx, double cy, double inner, double ring,
                              double start, double extent, double total, Map<String, Rgb> colours, List<ChartItem> items) {
        double angle = start;
        for (CodeSizes.Node node : nodes) {
            double sweep = total <= 0 ? 0 : node.size() / total * extent;
            Rgb colour = colours.getOrDefault(node.code(), Palette.NEUTRAL_CODE).mix(Rgb.WHITE, Math.min(0.6, 0.18 * node.depth()));
            ChartItem item = ChartItem.of("code:" + node.code(), node.code(), List.of(node.code()), List.of(), null, node.size());
            items.add(item);
            scene.wedge(cx, cy, inner, inner + ring, angle, sweep, colour, Rgb.WHITE, item.id());
            double mid = Math.toRadians(angle + sweep / 2);
            double r = inner + ring / 2;
            double arc = Math.toRadians(sweep) * r;
            double size = Math.min(11, ring * 0.5);
            String label = TextWidth.fit(node.code(), size, Math.min(arc, ring * 1.6) - 4);
            if (size >= 7 && !label.isEmpty() && arc > size * 1.5) {
                scene.text(cx + r * Math.sin(mid), cy - r * Math.cos(mid) + size * 0.35, label, size, false, Anchor.MIDDLE,
                        SceneBuilder.textOn(colour), item.id());
            }
            rings(scene, node.children(), cx, cy, inner + ring, ring, angle, sweep, node.size(), colours, items);
            angle += sweep;
        }
    }

    @Override
    public List<AnalysisSegment> segments(ChartProject project, ChartRequest request, ChartItem item) {
        return new FrequenciesChart().segments(project, request.withOption("value", "codings").withOption("subcodes", "rollup")
                .withOption("by", "none"), item);
    }
}
